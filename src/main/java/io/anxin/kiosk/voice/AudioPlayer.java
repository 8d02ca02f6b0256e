package io.anxin.kiosk.voice;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Plays audio, one item after another, on the player's own thread.
 *
 * <p>Threads: every method may be called from any thread and returns at once.
 */
public interface AudioPlayer extends AutoCloseable {

    /**
     * Queues {@code audio} after everything already queued. The player checks {@code stillWanted}
     * before it starts and between chunks of about 20 ms; when it turns false the item is dropped or
     * cut off at once. That is how a newer prompt silences older ones without racing them.
     */
    void play(WavAudio audio, BooleanSupplier stillWanted);

    /** Cuts off what is playing (within about one chunk) and drops everything queued. */
    void stopAll();

    /** Volume 0..100 for what plays from now on, including the item playing now. */
    void setVolume(int percent);

    /**
     * Why the last attempt to play could not reach a sound device, in plain words for the
     * technician; empty while output works (or nothing was tried yet).
     */
    Optional<String> problem();

    /** Stops playing and ends the player's thread. */
    @Override
    void close();
}
