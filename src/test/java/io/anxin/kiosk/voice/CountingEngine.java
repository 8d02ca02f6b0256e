package io.anxin.kiosk.voice;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps an engine and counts syntheses (each one is a process run for espeak-ng). */
final class CountingEngine implements SpeechEngine {

    private final SpeechEngine delegate;
    private final AtomicInteger calls = new AtomicInteger();

    CountingEngine(SpeechEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String voiceFor(Locale locale) {
        return delegate.voiceFor(locale);
    }

    @Override
    public Availability availability() {
        return delegate.availability();
    }

    @Override
    public WavAudio synthesize(String text, Locale locale, int rateWpm) {
        calls.incrementAndGet();
        return delegate.synthesize(text, locale, rateWpm);
    }

    int calls() {
        return calls.get();
    }
}
