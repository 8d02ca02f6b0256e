package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated call chime, and that it shares the speech queue. */
class ChimeTest {

    @TempDir
    Path cacheDir;
    @TempDir
    Path assets;

    private final FakeEngine engine = new FakeEngine();
    private final FakePlayer player = new FakePlayer();
    private KioskVoice voice;

    @AfterEach
    void close() {
        if (voice != null) {
            voice.close();
        }
    }

    @Test
    void twoTonesWithoutClicksOrClipping() throws Exception {
        WavAudio chime = Chime.audio();
        Path wav = Path.of("target", "voice", "chime.wav");
        Files.createDirectories(wav.getParent());
        Files.write(wav, chime.toWavBytes());

        assertThat(chime.duration()).isBetween(Duration.ofMillis(600), Duration.ofMillis(750));
        assertThat(chime.rms()).isBetween(0.05, 0.3);
        short[] s = samples(chime);
        int peak = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak).as("peak").isLessThan(32767 * 6 / 10).isGreaterThan(32767 / 5);
        assertThat(Math.abs(s[0])).as("first sample").isLessThan(50);
        assertThat(Math.abs(s[s.length - 1])).as("last sample").isLessThan(50);
        for (int i = 1; i < s.length; i++) {
            assertThat(Math.abs(s[i] - s[i - 1])).as("step at %d", i).isLessThan(6000);
        }
        int rate = chime.sampleRate();
        double[] firstTone = window(s, (int) (0.05 * rate), (int) (0.2 * rate));
        double[] secondTone = window(s, (int) (0.33 * rate), (int) (0.5 * rate));
        assertThat(power(firstTone, rate, 660)).isGreaterThan(20 * power(firstTone, rate, 880));
        assertThat(power(secondTone, rate, 880)).isGreaterThan(20 * power(secondTone, rate, 660));
    }

    @Test
    void chimePlaysInTheSpeechQueueBetweenEnqueuedPrompts() throws Exception {
        PromptRenderer renderer = new PromptRenderer(new PromptCatalog(PromptCatalogTest.BUNDLE),
                new SpeechNormalizer(), engine, new SpeechCache(cacheDir), new RecordedClips(assets));
        voice = new KioskVoice(renderer, player, new VoiceSettings(Locale.SIMPLIFIED_CHINESE, 70, 140, 150));
        voice.enqueue(Prompt.of("prompt.attract"));
        voice.enqueueChime();
        voice.enqueue(Prompt.of("prompt.greeting"));
        voice.awaitSynthesisIdle(Duration.ofSeconds(5));

        assertThat(player.played).hasSize(3);
        assertThat(player.played.get(1).audio().frames()).isEqualTo(Chime.audio().frames());
        assertThat(player.audible()).hasSize(3);
        assertThat(player.stops).isZero();

        voice.speak(Prompt.of("prompt.attract"));
        voice.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(player.played.get(1).stillWanted().getAsBoolean()).as("speak cuts a queued chime").isFalse();
    }

    private static short[] samples(WavAudio a) {
        ByteBuffer b = ByteBuffer.wrap(a.pcm()).order(ByteOrder.LITTLE_ENDIAN);
        short[] out = new short[a.frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getShort();
        }
        return out;
    }

    private static double[] window(short[] s, int from, int to) {
        double[] w = new double[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = s[i] / 32768.0;
        }
        return w;
    }

    /** Goertzel power of {@code hz} in {@code x}. */
    private static double power(double[] x, int rate, double hz) {
        double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            double s0 = v + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}
