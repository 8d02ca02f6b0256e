package io.anxin.kiosk.ui.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.voice.Chime;
import io.anxin.kiosk.voice.EspeakNgEngine;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.PromptCatalog;
import io.anxin.kiosk.voice.PromptRenderer;
import io.anxin.kiosk.voice.RecordedClips;
import io.anxin.kiosk.voice.SpeechCache;
import io.anxin.kiosk.voice.SpeechNormalizer;
import io.anxin.kiosk.voice.VoiceSettings;
import io.anxin.kiosk.voice.WavAudio;

/**
 * What a call sounds like: the words the engine gets for "请 A012 号，到 3 号窗口" (the ticket letter,
 * then its digits one by one, the window as a number), and, where espeak-ng is installed, the whole
 * announcement (chime, the line twice) in target/voice/announce-*.wav for a person to listen to.
 */
class AnnouncementAudioTest {

    @TempDir
    Path cache;
    @TempDir
    Path assets;

    private final PromptCatalog catalog = new PromptCatalog(PromptCatalog.KIOSK_BUNDLE);
    private final SpeechNormalizer normalizer = new SpeechNormalizer();

    @Test
    void theCallIsReadAsLetterAndDigits() {
        String zh = catalog.text(Prompt.of(HallAnnouncer.CALL_KEY, "A012", "3"), Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(zh).isEqualTo("请 A012 号，到 3 号窗口");
        assertThat(normalizer.normalize(zh, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请A零一二号，到三号窗口");
        assertThat(normalizer.normalize(catalog.text(Prompt.of(HallAnnouncer.CALL_KEY, "Y101", "12"),
                Locale.SIMPLIFIED_CHINESE).orElseThrow(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("请Y一零一号，到十二号窗口");
        String en = catalog.text(Prompt.of(HallAnnouncer.CALL_KEY, "A012", "3"), Locale.ENGLISH).orElseThrow();
        assertThat(normalizer.normalize(en, Locale.ENGLISH)).isEqualTo("Number A 0 1 2, please go to window 3.");
    }

    @Test
    void theWholeAnnouncementAsHeard() throws Exception {
        EspeakNgEngine engine = new EspeakNgEngine();
        assumeTrue(engine.availability().available(), "espeak-ng not installed");
        PromptRenderer renderer = new PromptRenderer(catalog, normalizer, engine, new SpeechCache(cache),
                new RecordedClips(assets));
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            int rate = "zh".equals(locale.getLanguage()) ? VoiceSettings.DEFAULT_CHINESE_RATE : VoiceSettings.DEFAULT_OTHER_RATE;
            WavAudio line = renderer.render(Prompt.of(HallAnnouncer.CALL_KEY, "A012", "3"), locale, rate).orElseThrow();
            assertThat(line.duration()).as("one line, %s", locale).isBetween(Duration.ofMillis(1500), Duration.ofMillis(6000));
            Duration estimate = "zh".equals(locale.getLanguage()) ? HallAnnouncer.LINE_ZH : HallAnnouncer.LINE_EN;
            System.out.printf("announcement line %s: %d ms (announcer estimate %d ms), rms %.3f%n", locale,
                    line.duration().toMillis(), estimate.toMillis(), line.rms());
            WavAudio chime = resampled(Chime.audio(), line.sampleRate());
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            pcm.write(chime.pcm());
            pcm.write(line.pcm());
            pcm.write(new byte[line.sampleRate() / 2 * 2]);
            pcm.write(line.pcm());
            WavAudio whole = new WavAudio(line.sampleRate(), 1, pcm.toByteArray());
            Path out = Path.of("target", "voice", "announce-" + locale.getLanguage() + ".wav");
            Files.createDirectories(out.getParent());
            Files.write(out, whole.toWavBytes());
        }
    }

    /** The chime is 22.05 kHz; espeak-ng writes 22.05 kHz too, so this only guards a change of engine rate. */
    private static WavAudio resampled(WavAudio a, int rate) {
        assertThat(a.sampleRate()).as("engine and chime rates").isEqualTo(rate);
        return a;
    }
}
