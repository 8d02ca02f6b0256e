package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakNgEngineTest {

    private final EspeakNgEngine engine = new EspeakNgEngine();

    @Test
    void chineseSentenceIsAudibleSpeechIn22kMono() {
        assumeTrue(engine.availability().available(), "espeak-ng not installed");
        String text = new SpeechNormalizer().normalize("请插入社保卡", Locale.SIMPLIFIED_CHINESE);

        WavAudio audio = engine.synthesize(text, Locale.SIMPLIFIED_CHINESE, 140);

        byte[] wav = audio.toWavBytes();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(b.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(b.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(b.getInt(24)).as("sample rate").isEqualTo(22050);
        assertThat(b.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(audio.duration()).isGreaterThan(Duration.ofMillis(500));
        assertThat(audio.rms()).as("not silence").isGreaterThan(0.02);
    }

    @Test
    void englishWorksToo() {
        assumeTrue(engine.availability().available(), "espeak-ng not installed");
        WavAudio audio = engine.synthesize("Please insert your card", Locale.ENGLISH, 150);
        assertThat(audio.duration()).isGreaterThan(Duration.ofMillis(500));
        assertThat(engine.id()).startsWith("espeak-ng/").contains("+fixes-");
        assertThat(engine.voiceFor(Locale.ENGLISH)).isEqualTo("en-us");
        assertThat(engine.voiceFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo("cmn-latn-pinyin");
    }

    @Test
    void missingExecutableIsUnavailableWithAPlainDetail() {
        EspeakNgEngine missing = new EspeakNgEngine("/nonexistent/espeak-ng", Duration.ofSeconds(2));
        assertThat(missing.availability().available()).isFalse();
        assertThat(missing.availability().detail()).contains("espeak-ng").contains("cannot be started");
        assertThatThrownBy(() -> missing.synthesize("你好", Locale.CHINESE, 140))
                .isInstanceOf(SpeechException.class);
    }

    @Test
    void hangingEngineIsKilledAfterTheTimeout(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("fake-espeak");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "eSpeak NG text-to-speech: 9.99  Data at: x"; exit 0; fi
                exec sleep 30
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        EspeakNgEngine hanging = new EspeakNgEngine(script.toString(), Duration.ofMillis(500));
        assertThat(hanging.id()).startsWith("espeak-ng/9.99+fixes-");

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> hanging.synthesize("你好", Locale.CHINESE, 140))
                .isInstanceOf(SpeechException.class).hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void failingEngineReportsItsExitCodeAndError(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("broken-espeak");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "eSpeak NG text-to-speech: 1.51  Data at: x"; exit 0; fi
                echo "Error: The specified espeak-ng voice does not exist." >&2
                exit 1
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        EspeakNgEngine broken = new EspeakNgEngine(script.toString(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> broken.synthesize("你好", Locale.CHINESE, 140))
                .isInstanceOf(SpeechException.class)
                .hasMessageContaining("exited with 1").hasMessageContaining("voice does not exist")
                .hasMessageNotContaining("你好");
    }
}
