package io.anxin.kiosk.ui.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * The idle kiosk: a touch anywhere starts a visit (so does a card). Someone stepping up to it (the hall
 * panel's presence sensor) is greeted aloud, at most once in {@link #GREETING_GAP}.
 */
public final class AttractViewModel extends ScreenModel {

    /** A person lingering or passing twice is not greeted again within this time. */
    public static final Duration GREETING_GAP = Duration.ofSeconds(30);

    private final Navigator navigator;
    private final Voice voice;
    private final Clock clock;
    private Instant lastGreeting;

    public AttractViewModel(Navigator navigator, Voice voice, Clock clock) {
        this.navigator = navigator;
        this.voice = voice;
        this.clock = clock;
    }

    public void start() {
        navigator.home();
    }

    /**
     * The presence sensor saw someone arrive (FX thread): a short spoken welcome, when the attract
     * screen shows. Returns whether it greeted.
     */
    public boolean personArrived() {
        if (!navigator.atRoot()) {
            return false;
        }
        Instant now = clock.instant();
        if (lastGreeting != null && Duration.between(lastGreeting, now).compareTo(GREETING_GAP) < 0) {
            return false;
        }
        lastGreeting = now;
        voice.speak(Prompt.of("prompt.attract.presence"));
        return true;
    }
}
