package io.anxin.kiosk.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Opens an audio output line; the seam where tests put a failing or scripted sound device.
 * Called only on the player thread.
 */
@FunctionalInterface
public interface LineOpener {

    /**
     * Returns an open (not yet started) line for {@code format} with a buffer of about
     * {@code bufferBytes}.
     *
     * @throws LineUnavailableException when the device is busy or absent
     * @throws IllegalArgumentException when the system has no line for the format (no sound device)
     */
    SourceDataLine open(AudioFormat format, int bufferBytes) throws LineUnavailableException;

    /** The default sound device through {@link AudioSystem}. */
    static LineOpener system() {
        return (format, bufferBytes) -> {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, bufferBytes);
            return line;
        };
    }
}
