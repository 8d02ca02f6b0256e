package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavAudioTest {

    @Test
    void roundTripsThroughCanonicalWav() {
        WavAudio tone = Tones.sine(22050, 440, 500);
        WavAudio back = WavAudio.parse(tone.toWavBytes());
        assertThat(back.sampleRate()).isEqualTo(22050);
        assertThat(back.channels()).isEqualTo(1);
        assertThat(back.pcm()).isEqualTo(tone.pcm());
        assertThat(back.duration().toMillis()).isEqualTo(500);
        assertThat(back.rms()).isBetween(0.3, 0.4);
    }

    @Test
    void acceptsThePipeHeaderOfEspeakNg() {
        byte[] wav = Tones.sine(22050, 440, 100).toWavBytes();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 0x7ffff024);
        b.putInt(40, 0x7ffff000);
        assertThat(WavAudio.parse(wav).frames()).isEqualTo(2205);
    }

    @Test
    void rejectsWhatItCannotPlay() {
        assertThatThrownBy(() -> WavAudio.parse(new byte[] {1, 2, 3})).hasMessageContaining("RIFF");
        byte[] wav = Tones.sine(22050, 440, 100).toWavBytes();
        wav[34] = 8; // 8 bits per sample
        assertThatThrownBy(() -> WavAudio.parse(wav)).hasMessageContaining("16-bit");
    }

    @Test
    void volumeScalesSamples() {
        byte[] buf = {(byte) 0x00, (byte) 0x40, (byte) 0x00, (byte) 0xC0}; // +16384, -16384
        WavPlayer.scale(buf, 4, 50);
        assertThat(ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).getShort(0)).isEqualTo((short) 4096);
        assertThat(ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).getShort(2)).isEqualTo((short) -4096);
        byte[] mute = {(byte) 0xff, (byte) 0x7f};
        WavPlayer.scale(mute, 2, 0);
        assertThat(mute).containsExactly(0, 0);
    }
}
