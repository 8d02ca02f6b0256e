package io.anxin.kiosk.voice;

import java.util.Locale;

/**
 * The kiosk's own voice. JavaFX has no screen-reader bridge on Linux, so every screen speaks its
 * prompt through this service (specs/accessibility.md).
 *
 * <p>Threads: every method may be called from any thread, including the JavaFX application thread,
 * and returns at once; synthesis and playback happen on the implementation's own threads.
 */
public interface Voice {

    /** Says {@code prompt} now, cutting off whatever is playing or queued. It becomes the repeat prompt. */
    void speak(Prompt prompt);

    /** Says {@code prompt} after what is playing and queued; nothing is cut off. Not a repeat prompt. */
    void enqueue(Prompt prompt);

    /**
     * Plays the hall's call chime ({@link Chime}) after what is playing and queued, in the same queue
     * as {@link #enqueue}: a chime then an enqueued prompt are heard in that order and nothing is cut
     * off. Cut, like an enqueued prompt, by the next {@link #speak} or {@link #cancel}. Added for the
     * hall display; the default does nothing, for doubles and voices without a sound device.
     */
    default void enqueueChime() {
    }

    /** Stops what is playing and drops the queue. */
    void cancel();

    /** Says the last prompt given to {@link #speak} again (重听); nothing when there is none. */
    void repeat();

    /** Language for the prompts that follow. */
    void setLocale(Locale locale);

    /** Volume for this session, 0..100. */
    void setVolume(int percent);

    /** The current volume, 0..100. */
    int volume();

    /**
     * Speaking speed for this session as a percentage of the configured speed for the language
     * (100 = default; implementations clamp to a sensible range such as 50..200). A "slower,
     * please" control for listeners who need it. {@link #resetSession()} restores 100.
     * Added by the voice branch; the default does nothing, for doubles that ignore speed.
     */
    default void setSpeechRate(int percentOfDefault) {
    }

    /**
     * Ends a resident session: stops speech, forgets the repeat prompt and anything else that could
     * hold personal data, and puts volume, language and speech rate back to their defaults.
     */
    void resetSession();

    /** Health for the technician: whether the kiosk can actually be heard. */
    VoiceStatus status();
}
