package io.anxin.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * Ends forgotten sessions (specs/accessibility.md, "timing"). After {@code idle} without a touch a
 * warning is shown and spoken with a countdown of {@code warning}; "继续办理" extends it, as often as
 * the resident likes; at zero {@code onExpire} wipes the session. The countdown is spoken at the
 * start and in the last ten seconds. {@link #tick()} is driven by a one-second timer in the
 * application and directly by tests, against an injected clock. FX thread only.
 */
public final class IdleGuard {

    private static final int SPOKEN_COUNTDOWN = 10;

    private final Clock clock;
    private final Duration idle;
    private final int warningSeconds;
    private final Voice voice;
    private final BooleanSupplier active;
    private final Runnable onExpire;
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private Instant lastActivity;
    private Instant warningSince;

    /**
     * @param active   whether a session is in progress (false on the attract screen)
     * @param onExpire wipes the session and goes to the attract screen
     */
    public IdleGuard(Clock clock, int idleSeconds, int warningSeconds, Voice voice, BooleanSupplier active,
                     Runnable onExpire) {
        this.clock = clock;
        this.idle = Duration.ofSeconds(idleSeconds);
        this.warningSeconds = warningSeconds;
        this.voice = voice;
        this.active = active;
        this.onExpire = onExpire;
        this.lastActivity = clock.instant();
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public int warningSeconds() {
        return warningSeconds;
    }

    /** Any touch or key. Ignored while the warning shows: only "继续办理" answers it. */
    public void activity() {
        if (!warning.get()) {
            lastActivity = clock.instant();
        }
    }

    /** "继续办理": close the warning and start the idle time again. */
    public void extend() {
        warning.set(false);
        warningSince = null;
        lastActivity = clock.instant();
        voice.cancel();
    }

    public void tick() {
        Instant now = clock.instant();
        if (!active.getAsBoolean()) {
            warning.set(false);
            warningSince = null;
            lastActivity = now;
            return;
        }
        if (!warning.get()) {
            if (Duration.between(lastActivity, now).compareTo(idle) >= 0) {
                warningSince = now;
                secondsLeft.set(warningSeconds);
                warning.set(true);
                voice.speak(Prompt.of("idle.warning.prompt", warningSeconds));
            }
            return;
        }
        long left = warningSeconds - Duration.between(warningSince, now).toSeconds();
        if (left <= 0) {
            warning.set(false);
            warningSince = null;
            secondsLeft.set(0);
            lastActivity = now;
            onExpire.run();
            return;
        }
        if (left != secondsLeft.get() && left <= SPOKEN_COUNTDOWN) {
            voice.speak(Prompt.of("idle.countdown", left));
        }
        secondsLeft.set((int) left);
    }
}
