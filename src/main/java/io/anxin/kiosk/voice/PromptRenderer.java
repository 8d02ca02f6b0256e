package io.anxin.kiosk.voice;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Prompt} into audio: a recorded clip when one exists, else the disk cache, else the
 * engine. Only static prompts (no arguments, not a private entry) are cached; a prompt with
 * arguments may carry a name or an amount and is synthesized in memory only, never written to disk.
 *
 * <p>Thread-safe. Never throws for a failing engine or a missing key: it logs the first failure,
 * remembers it for {@link #status()} and returns empty.
 */
public final class PromptRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PromptRenderer.class);

    private final PromptCatalog catalog;
    private final SpeechNormalizer normalizer;
    private final SpeechEngine engine;
    private final SpeechCache cache;
    private final RecordedClips clips;
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private volatile String engineProblem;

    public PromptRenderer(PromptCatalog catalog, SpeechNormalizer normalizer, SpeechEngine engine,
                          SpeechCache cache, RecordedClips clips) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clips = Objects.requireNonNull(clips, "clips");
    }

    /** Audio for {@code prompt}; empty when there is nothing to say or it cannot be made. Blocks. */
    public Optional<WavAudio> render(Prompt prompt, Locale locale, int rateWpm) {
        boolean cacheable = prompt.args().isEmpty() && !prompt.privateEntry();
        if (prompt.args().isEmpty()) {
            Optional<WavAudio> clip = clips.clip(prompt.key(), locale);
            if (clip.isPresent()) {
                return clip;
            }
        }
        Optional<String> text = catalog.text(prompt, locale).map(t -> normalizer.normalize(t, locale));
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        if (!cacheable) {
            return synthesize(text.get(), locale, rateWpm);
        }
        String key = SpeechCache.key(engine.id(), engine.voiceFor(locale), rateWpm, text.get());
        Optional<WavAudio> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<WavAudio> audio = synthesize(text.get(), locale, rateWpm);
        audio.ifPresent(a -> store(key, a));
        return audio;
    }

    private Optional<WavAudio> synthesize(String text, Locale locale, int rateWpm) {
        try {
            WavAudio audio = engine.synthesize(text, locale, rateWpm);
            if (engineProblem != null) {
                LOG.info("speech engine works again");
                engineProblem = null;
            }
            return Optional.of(audio);
        } catch (SpeechException e) {
            engineProblem = e.getMessage();
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("speech synthesis failed, the kiosk continues silently: {}", e.getMessage());
            } else {
                LOG.debug("speech synthesis failed: {}", e.getMessage());
            }
            return Optional.empty();
        }
    }

    private void store(String key, WavAudio audio) {
        try {
            cache.put(key, audio);
        } catch (SpeechException e) {
            LOG.warn("{}", e.getMessage());
        }
    }

    /**
     * Synthesizes every static prompt among {@code keys} into the cache on a low-priority daemon
     * thread, so first use is instant. Keys with arguments, keys with a recorded clip and keys
     * already cached are skipped.
     *
     * @param rates words per minute for each locale
     * @return completes with the number of prompts synthesized
     */
    public CompletableFuture<Integer> warmUp(Collection<String> keys, List<Locale> locales,
                                             ToIntFunction<Locale> rates) {
        List<String> copy = List.copyOf(keys);
        List<Locale> localeCopy = List.copyOf(locales);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(warm(copy, localeCopy, rates));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "voice-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }

    private int warm(List<String> keys, List<Locale> locales, ToIntFunction<Locale> rates) {
        if (!engine.availability().available()) {
            return 0;
        }
        int made = 0;
        for (Locale locale : locales) {
            int rate = rates.applyAsInt(locale);
            for (String key : keys) {
                if (!catalog.isStatic(key, locale) || clips.clip(key, locale).isPresent()) {
                    continue;
                }
                Prompt prompt = Prompt.of(key);
                String text = catalog.text(prompt, locale).map(s -> normalizer.normalize(s, locale)).orElse("");
                if (text.isBlank()
                        || cache.contains(SpeechCache.key(engine.id(), engine.voiceFor(locale), rate, text))) {
                    continue;
                }
                if (render(prompt, locale, rate).isPresent()) {
                    made++;
                }
            }
        }
        LOG.info("voice warm-up synthesized {} prompts", made);
        return made;
    }

    /** Engine health: OK; DEGRADED when the engine fails but clips may play; SILENT with no engine and no clips. */
    public VoiceStatus status() {
        SpeechEngine.Availability a = engine.availability();
        if (!a.available() && clips.isEmpty()) {
            return new VoiceStatus(VoiceStatus.State.SILENT, "speech engine unavailable and no recorded clips: "
                    + a.detail());
        }
        if (!a.available()) {
            return new VoiceStatus(VoiceStatus.State.DEGRADED,
                    "speech engine unavailable, only recorded clips can play: " + a.detail());
        }
        String problem = engineProblem;
        if (problem != null) {
            return new VoiceStatus(VoiceStatus.State.DEGRADED, "speech engine failing: " + problem);
        }
        return VoiceStatus.ok(a.detail());
    }
}
