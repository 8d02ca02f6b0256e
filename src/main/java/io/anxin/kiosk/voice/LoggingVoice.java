package io.anxin.kiosk.voice;

import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Voice} decorator that logs what is said by prompt key only (never arguments or text, which
 * may hold a name or an ID), then passes the call on. Without a delegate it is a silent voice for
 * demo machines without speakers.
 *
 * <p>Thread-safe when the delegate is.
 */
public final class LoggingVoice implements Voice {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingVoice.class);

    private final Voice delegate;

    public LoggingVoice(Voice delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** A silent voice that only logs (and keeps the bookkeeping of {@link RecordingVoice}). */
    public LoggingVoice() {
        this(new SilentVoice());
    }

    @Override
    public void speak(Prompt prompt) {
        LOG.info("speak {}{}", prompt.key(), prompt.privateEntry() ? " (private)" : "");
        delegate.speak(prompt);
    }

    @Override
    public void enqueue(Prompt prompt) {
        LOG.info("enqueue {}{}", prompt.key(), prompt.privateEntry() ? " (private)" : "");
        delegate.enqueue(prompt);
    }

    @Override
    public void enqueueChime() {
        LOG.info("enqueue chime");
        delegate.enqueueChime();
    }

    @Override
    public void cancel() {
        LOG.debug("cancel");
        delegate.cancel();
    }

    @Override
    public void repeat() {
        LOG.info("repeat");
        delegate.repeat();
    }

    @Override
    public void setLocale(Locale locale) {
        LOG.info("locale {}", locale);
        delegate.setLocale(locale);
    }

    @Override
    public void setVolume(int percent) {
        LOG.info("volume {}", percent);
        delegate.setVolume(percent);
    }

    @Override
    public int volume() {
        return delegate.volume();
    }

    @Override
    public void setSpeechRate(int percentOfDefault) {
        LOG.info("speech rate {}%", percentOfDefault);
        delegate.setSpeechRate(percentOfDefault);
    }

    @Override
    public void resetSession() {
        LOG.info("reset session");
        delegate.resetSession();
    }

    @Override
    public VoiceStatus status() {
        return delegate.status();
    }

    /** Keeps volume and repeat bookkeeping, makes no sound. */
    private static final class SilentVoice implements Voice {
        private final RecordingVoice state = new RecordingVoice();

        @Override
        public void speak(Prompt prompt) {
            state.speak(prompt);
            state.clearEvents();
        }

        @Override
        public void enqueue(Prompt prompt) {
        }

        @Override
        public void cancel() {
        }

        @Override
        public void repeat() {
        }

        @Override
        public void setLocale(Locale locale) {
            state.setLocale(locale);
            state.clearEvents();
        }

        @Override
        public void setVolume(int percent) {
            state.setVolume(percent);
            state.clearEvents();
        }

        @Override
        public int volume() {
            return state.volume();
        }

        @Override
        public void resetSession() {
            state.resetSession();
            state.clearEvents();
        }

        @Override
        public VoiceStatus status() {
            return new VoiceStatus(VoiceStatus.State.SILENT, "logging voice: speech is only logged, not played");
        }
    }
}
