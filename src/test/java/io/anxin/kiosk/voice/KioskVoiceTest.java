package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskVoiceTest {

    private static final String ATTRACT = "请插入社保卡，或点击屏幕开始";
    private static final String GREETING = "王女士，您好";
    private static final String IDLE = "您已长时间未操作，三十秒后将返回首页";

    @TempDir
    Path cacheDir;
    @TempDir
    Path assets;

    private final FakeEngine engine = new FakeEngine();
    private final FakePlayer player = new FakePlayer();
    private KioskVoice voice;

    private KioskVoice voice(AudioPlayer p) {
        PromptRenderer renderer = new PromptRenderer(new PromptCatalog(PromptCatalogTest.BUNDLE),
                new SpeechNormalizer(), engine, new SpeechCache(cacheDir), new RecordedClips(assets));
        voice = new KioskVoice(renderer, p, new VoiceSettings(Locale.SIMPLIFIED_CHINESE, 70, 140, 150));
        return voice;
    }

    @AfterEach
    void close() {
        if (voice != null) {
            voice.close();
        }
    }

    @Test
    void enqueuedPromptsPlayInOrderAfterTheSpokenOne() throws Exception {
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.attract"));
        v.enqueue(Prompt.of("prompt.greeting"));
        v.enqueue(Prompt.of("prompt.idle.static"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(player.audible()).containsExactly(ATTRACT, GREETING, IDLE);
    }

    @Test
    void speakCutsWhatIsPlayingAndTheQueue() throws Exception {
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.attract"));
        v.enqueue(Prompt.of("prompt.greeting"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        int stopsBefore = player.stops;

        v.speak(Prompt.of("prompt.idle.static"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));

        assertThat(player.stops).isGreaterThan(stopsBefore);
        assertThat(player.audible()).containsExactly(IDLE);
    }

    @Test
    void staleSynthesisNeverPlaysAfterANewerSpeak() throws Exception {
        KioskVoice v = voice(player);
        CountDownLatch gate = new CountDownLatch(1);
        engine.gate = gate;
        v.speak(Prompt.of("prompt.attract"));
        v.enqueue(Prompt.of("prompt.greeting"));
        waitFor(() -> engine.calls() == 1);
        v.speak(Prompt.of("prompt.idle.static"));
        gate.countDown();
        engine.gate = null;
        v.awaitSynthesisIdle(Duration.ofSeconds(5));

        assertThat(player.audible()).containsExactly(IDLE);
        assertThat(player.all()).doesNotContain(ATTRACT, GREETING);
        assertThat(engine.texts).doesNotContain(GREETING);
    }

    @Test
    void cancelSilencesEverything() throws Exception {
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.attract"));
        v.enqueue(Prompt.of("prompt.greeting"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        v.cancel();
        assertThat(player.audible()).isEmpty();
    }

    @Test
    void repeatSaysTheLastSpokenPromptAgainNotTheEnqueuedOne() throws Exception {
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.attract"));
        v.enqueue(Prompt.of("prompt.greeting"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        v.repeat();
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(player.audible()).containsExactly(ATTRACT);
        assertThat(player.all()).containsExactly(ATTRACT, GREETING, ATTRACT);
    }

    @Test
    void resetSessionForgetsTheRepeatPromptAndRestoresDefaults() throws Exception {
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.greet.name", "王女士"));
        v.setVolume(30);
        v.setLocale(Locale.ENGLISH);
        v.setSpeechRate(60);
        v.awaitSynthesisIdle(Duration.ofSeconds(5));

        v.resetSession();
        v.repeat();
        v.awaitSynthesisIdle(Duration.ofSeconds(5));

        assertThat(player.audible()).isEmpty();
        assertThat(player.all()).containsExactly(GREETING);
        assertThat(v.volume()).isEqualTo(70);
        assertThat(player.volume).isEqualTo(70);
        v.speak(Prompt.of("prompt.attract"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(player.audible()).containsExactly(ATTRACT);
    }

    @Test
    void volumeIsClampedAndPassedToThePlayer() {
        KioskVoice v = voice(player);
        assertThat(player.volume).isEqualTo(70);
        v.setVolume(150);
        assertThat(v.volume()).isEqualTo(100);
        v.setVolume(-3);
        assertThat(v.volume()).isZero();
        assertThat(player.volume).isZero();
    }

    @Test
    void localeChoosesTheLanguageOfLaterPrompts() throws Exception {
        KioskVoice v = voice(player);
        v.setLocale(Locale.ENGLISH);
        v.speak(Prompt.of("prompt.greeting"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(player.audible()).containsExactly("Hello, Ms Wang");
    }

    @Test
    void statusIsSilentWhenNoAudioLineCanBeOpened() throws Exception {
        WavPlayer failing = new WavPlayer((format, bytes) -> {
            throw new LineUnavailableException("no sound card in this test");
        }, PlaybackListener.NONE, 100);
        KioskVoice v = voice(failing);
        assertThat(v.status().state()).isEqualTo(VoiceStatus.State.OK);

        v.speak(Prompt.of("prompt.attract"));
        waitFor(() -> v.status().state() == VoiceStatus.State.SILENT);

        assertThat(v.status().detail()).contains("no audio output").contains("no sound card in this test");
        v.speak(Prompt.of("prompt.greeting")); // still accepts calls, silently
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
    }

    @Test
    void statusIsDegradedWhenTheEngineFails() throws Exception {
        engine.failing = true;
        KioskVoice v = voice(player);
        v.speak(Prompt.of("prompt.attract"));
        v.awaitSynthesisIdle(Duration.ofSeconds(5));
        assertThat(v.status().state()).isEqualTo(VoiceStatus.State.DEGRADED);
        assertThat(player.all()).isEmpty();
    }

    @Test
    void speakNeverBlocksTheCaller() {
        KioskVoice v = voice(player);
        engine.gate = new CountDownLatch(1);
        for (int i = 0; i < 50; i++) {
            v.speak(Prompt.of("prompt.attract"));
            v.enqueue(Prompt.of("prompt.greeting"));
        }
        v.cancel();
        v.repeat();
        v.resetSession();
        // all calls returned while the synthesis thread is still stuck in its first call
        assertThat(engine.calls()).isLessThanOrEqualTo(1);
        engine.gate.countDown();
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
