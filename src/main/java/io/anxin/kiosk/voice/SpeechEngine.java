package io.anxin.kiosk.voice;

import java.util.Locale;

/**
 * Turns normalised text into audio. espeak-ng today ({@link EspeakNgEngine}); a better offline
 * engine can replace it behind this interface without touching caching, clips or playback.
 *
 * <p>Threads: implementations must allow {@link #synthesize} to be called from several threads at
 * once (the voice uses one synthesis thread plus a low-priority warm-up thread). Calls block for
 * the duration of synthesis, bounded by the implementation's timeout.
 */
public interface SpeechEngine {

    /**
     * Identifies the engine and its version, e.g. {@code espeak-ng/1.51}. Part of the cache key, so
     * a new engine version never plays audio made by the old one.
     */
    String id();

    /** The engine's voice name for {@code locale}; part of the cache key. */
    String voiceFor(Locale locale);

    /**
     * Whether the engine can run at all, with plain words for the technician when it cannot.
     * Cheap after the first call.
     */
    Availability availability();

    /**
     * Synthesizes {@code text} (already normalised) in {@code locale} at {@code rateWpm} words per
     * minute. Audio stays in memory: implementations never write the text or audio to disk, so
     * personal prompts can be synthesized safely.
     *
     * @throws SpeechException when the engine is missing, fails, or exceeds its timeout
     */
    WavAudio synthesize(String text, Locale locale, int rateWpm);

    /** @param detail plain words for the technician; never prompt text */
    record Availability(boolean available, String detail) {
    }
}
