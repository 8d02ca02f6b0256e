package io.anxin.kiosk.voice;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An engine that returns labelled silence, counts calls, and can be slowed, broken or absent. */
final class FakeEngine implements SpeechEngine {

    final List<String> texts = new CopyOnWriteArrayList<>();
    volatile boolean available = true;
    volatile boolean failing;
    volatile CountDownLatch gate;
    volatile int millis = 300;

    @Override
    public String id() {
        return "fake/1";
    }

    @Override
    public String voiceFor(Locale locale) {
        return locale.getLanguage();
    }

    @Override
    public Availability availability() {
        return new Availability(available, available ? "fake engine" : "fake engine missing");
    }

    @Override
    public WavAudio synthesize(String text, Locale locale, int rateWpm) {
        texts.add(text);
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!available || failing) {
            throw new SpeechException("fake engine failed");
        }
        return Tones.labelled(text, millis);
    }

    int calls() {
        return texts.size();
    }
}
