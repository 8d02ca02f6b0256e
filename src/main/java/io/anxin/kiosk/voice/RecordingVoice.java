package io.anxin.kiosk.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A silent {@link Voice} that records every call, for UI tests (the accessibility walker checks
 * that each screen speaks its prompt and cuts the previous one) and for diagnostics. It mirrors
 * {@link KioskVoice}'s bookkeeping: {@code speak} sets the repeat prompt, {@code resetSession}
 * forgets it and restores the defaults.
 *
 * <p>Thread-safe.
 */
public final class RecordingVoice implements Voice {

    /** What was called. */
    public enum Type { SPEAK, ENQUEUE, CHIME, CANCEL, REPEAT, SET_LOCALE, SET_VOLUME, SET_SPEECH_RATE, RESET_SESSION }

    /**
     * One call.
     *
     * @param prompt the prompt for SPEAK, ENQUEUE and REPEAT (the prompt repeated; null when there was none)
     * @param value  the volume or rate for SET_VOLUME / SET_SPEECH_RATE, else 0
     * @param locale the locale for SET_LOCALE, else null
     */
    public record Event(Type type, Prompt prompt, int value, Locale locale) {

        /** The prompt's key, or null. */
        public String key() {
            return prompt == null ? null : prompt.key();
        }

        @Override
        public String toString() {
            return type + (prompt != null ? " " + prompt.key() : "") + (locale != null ? " " + locale : "")
                    + (type == Type.SET_VOLUME || type == Type.SET_SPEECH_RATE ? " " + value : "");
        }
    }

    private final Locale defaultLocale;
    private final int defaultVolume;
    private final List<Event> events = new ArrayList<>();
    private Prompt repeatPrompt;
    private Locale locale;
    private int volume;
    private VoiceStatus status = VoiceStatus.ok("recording voice (silent)");

    public RecordingVoice(Locale defaultLocale, int defaultVolume) {
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
        this.defaultVolume = defaultVolume;
        this.locale = defaultLocale;
        this.volume = defaultVolume;
    }

    public RecordingVoice() {
        this(Locale.SIMPLIFIED_CHINESE, VoiceSettings.DEFAULT_VOLUME);
    }

    @Override
    public synchronized void speak(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        repeatPrompt = prompt;
        events.add(new Event(Type.SPEAK, prompt, 0, null));
    }

    @Override
    public synchronized void enqueue(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        events.add(new Event(Type.ENQUEUE, prompt, 0, null));
    }

    @Override
    public synchronized void enqueueChime() {
        events.add(new Event(Type.CHIME, null, 0, null));
    }

    @Override
    public synchronized void cancel() {
        events.add(new Event(Type.CANCEL, null, 0, null));
    }

    @Override
    public synchronized void repeat() {
        events.add(new Event(Type.REPEAT, repeatPrompt, 0, null));
    }

    @Override
    public synchronized void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        events.add(new Event(Type.SET_LOCALE, null, 0, locale));
    }

    @Override
    public synchronized void setVolume(int percent) {
        volume = Math.max(0, Math.min(100, percent));
        events.add(new Event(Type.SET_VOLUME, null, volume, null));
    }

    @Override
    public synchronized int volume() {
        return volume;
    }

    @Override
    public synchronized void setSpeechRate(int percentOfDefault) {
        events.add(new Event(Type.SET_SPEECH_RATE, null, percentOfDefault, null));
    }

    @Override
    public synchronized void resetSession() {
        repeatPrompt = null;
        locale = defaultLocale;
        volume = defaultVolume;
        events.add(new Event(Type.RESET_SESSION, null, 0, null));
    }

    @Override
    public synchronized VoiceStatus status() {
        return status;
    }

    /** Lets a test pretend the voice is broken. */
    public synchronized void setStatus(VoiceStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Every call so far, oldest first (a copy). */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Keys of SPEAK calls so far, oldest first. */
    public synchronized List<String> spokenKeys() {
        return events.stream().filter(e -> e.type() == Type.SPEAK).map(Event::key).toList();
    }

    /** The prompt {@link #repeat()} would say; null after {@link #resetSession()} or before any speak. */
    public synchronized Prompt lastRepeatPrompt() {
        return repeatPrompt;
    }

    public synchronized Locale locale() {
        return locale;
    }

    /** Forgets the recorded events (not the repeat prompt). */
    public synchronized void clearEvents() {
        events.clear();
    }
}
