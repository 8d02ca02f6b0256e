package io.anxin.kiosk.voice;

/**
 * Observes the player for measurements and tests. Called on the player thread; implementations
 * must return quickly and never throw.
 */
public interface PlaybackListener {

    PlaybackListener NONE = new PlaybackListener() {
    };

    /** The first chunk of an item was written to the line. */
    default void started(WavAudio audio) {
    }

    /** The player stopped writing an item: it ended, or {@code interrupted} it was cut off. */
    default void finished(WavAudio audio, boolean interrupted) {
    }
}
