package io.anxin.kiosk.voice;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's {@link Voice}: prompts are rendered on one synthesis thread ("voice-synth", so
 * queued prompts keep their order) and played by an {@link AudioPlayer} on its own thread. No
 * method blocks the caller.
 *
 * <p>Cutting off works by generation: {@link #speak}, {@link #cancel}, {@link #repeat} and
 * {@link #resetSession} start a new generation; audio of an older generation is never played, even
 * when its synthesis finishes late. {@link #enqueue} joins the current generation, so one enqueue
 * never cuts another, while the next {@code speak} cuts every queued prompt.
 *
 * <p>Thread-safe. Failures (no engine, no sound device) keep the kiosk working silently and show in
 * {@link #status()}.
 */
public final class KioskVoice implements Voice, AutoCloseable {

    static final int MIN_RATE_PERCENT = 50;
    static final int MAX_RATE_PERCENT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(KioskVoice.class);

    private final PromptRenderer renderer;
    private final AudioPlayer player;
    private final VoiceSettings settings;
    private final ExecutorService synth;
    private final AtomicLong generation = new AtomicLong();
    private final Object lock = new Object();
    private final WavAudio chime = Chime.audio();
    private volatile Prompt repeatPrompt;
    private volatile Locale locale;
    private volatile int volume;
    private volatile int ratePercent = 100;

    public KioskVoice(PromptRenderer renderer, AudioPlayer player, VoiceSettings settings) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.player = Objects.requireNonNull(player, "player");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locale = settings.defaultLocale();
        this.volume = settings.defaultVolume();
        player.setVolume(volume);
        this.synth = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "voice-synth");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void speak(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        synchronized (lock) {
            long g = generation.incrementAndGet();
            player.stopAll();
            repeatPrompt = prompt;
            submit(prompt, g);
        }
    }

    /** Plays after what is queued; not cut by another enqueue, but cut by the next {@link #speak}. */
    @Override
    public void enqueue(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        synchronized (lock) {
            submit(prompt, generation.get());
        }
    }

    /** The chime joins the synthesis queue, so it plays after every prompt enqueued before it. */
    @Override
    public void enqueueChime() {
        synchronized (lock) {
            long g = generation.get();
            try {
                synth.execute(() -> {
                    if (generation.get() == g) {
                        player.play(chime, () -> generation.get() == g);
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("voice closed; chime dropped");
            }
        }
    }

    @Override
    public void cancel() {
        synchronized (lock) {
            generation.incrementAndGet();
            player.stopAll();
        }
    }

    @Override
    public void repeat() {
        Prompt p = repeatPrompt;
        if (p != null) {
            speak(p);
        }
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public void setVolume(int percent) {
        volume = Math.max(0, Math.min(100, percent));
        player.setVolume(volume);
    }

    @Override
    public int volume() {
        return volume;
    }

    /** Clamped to 50..200 % of the language's configured rate. */
    @Override
    public void setSpeechRate(int percentOfDefault) {
        ratePercent = Math.max(MIN_RATE_PERCENT, Math.min(MAX_RATE_PERCENT, percentOfDefault));
    }

    @Override
    public void resetSession() {
        synchronized (lock) {
            cancel();
            repeatPrompt = null;
            locale = settings.defaultLocale();
            ratePercent = 100;
            setVolume(settings.defaultVolume());
        }
    }

    @Override
    public VoiceStatus status() {
        Optional<String> output = player.problem();
        if (output.isPresent()) {
            return new VoiceStatus(VoiceStatus.State.SILENT, output.get());
        }
        return renderer.status();
    }

    /**
     * Synthesizes the static prompts among {@code keys} into the cache in the background at the
     * default rates (low-priority thread). Call after the first frame is shown.
     *
     * @param locales the languages to warm; none means the default language
     * @return completes with the number of prompts synthesized
     */
    public CompletableFuture<Integer> warmUp(Collection<String> keys, Locale... locales) {
        Locale[] chosen = locales.length == 0 ? new Locale[] {settings.defaultLocale()} : locales;
        return renderer.warmUp(keys, Arrays.asList(chosen), settings::rateFor);
    }

    /** Stops speech and ends the voice's threads. */
    @Override
    public void close() {
        cancel();
        synth.shutdownNow();
        try {
            // a synthesis still running would otherwise write its cache file after the kiosk (or a test) is gone
            synth.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        player.close();
    }

    /** Waits until every prompt submitted so far has been rendered and handed to the player; for tests. */
    void awaitSynthesisIdle(java.time.Duration timeout) throws Exception {
        synth.submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void submit(Prompt prompt, long g) {
        Locale l = locale;
        int rate = Math.max(80, settings.rateFor(l) * ratePercent / 100);
        try {
            synth.execute(() -> render(prompt, l, rate, g));
        } catch (RejectedExecutionException e) {
            LOG.debug("voice closed; {} dropped", prompt);
        }
    }

    private void render(Prompt prompt, Locale l, int rate, long g) {
        if (generation.get() != g) {
            return;
        }
        try {
            renderer.render(prompt, l, rate)
                    .filter(audio -> generation.get() == g)
                    .ifPresent(audio -> player.play(audio, () -> generation.get() == g));
        } catch (RuntimeException e) {
            LOG.warn("rendering {} failed: {}", prompt, e.toString());
        }
    }
}
