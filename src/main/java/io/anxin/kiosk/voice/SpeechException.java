package io.anxin.kiosk.voice;

/**
 * The voice subsystem's one unchecked exception: an engine, a clip or the audio output failed.
 * Its message is plain words for the technician and never contains prompt text or arguments.
 */
public class SpeechException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
