package io.anxin.kiosk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import io.anxin.kiosk.domain.PinHash;
import io.anxin.kiosk.store.AuditLog;

/**
 * Guards the technician functions (leaving kiosk mode) with the PIN whose hash is in the config.
 * Five wrong tries lock it for five minutes. Every outcome is audited (without the PIN).
 *
 * <p>Threads: synchronized; PBKDF2 takes tens of milliseconds, so callers run it off the FX thread.
 */
public final class TechnicianAccess {

    public static final int MAX_TRIES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    /** What a try came to. */
    public sealed interface Outcome {
        record Granted() implements Outcome { }
        record Wrong(int triesLeft) implements Outcome { }
        record Locked(Duration remaining) implements Outcome { }
    }

    private final String pinHash;
    private final Clock clock;
    private final AuditLog audit;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public TechnicianAccess(String pinHash, Clock clock, AuditLog audit) {
        this.pinHash = pinHash;
        this.clock = clock;
        this.audit = audit;
    }

    /** Checks {@code pin} and wipes the array afterwards. */
    public synchronized Outcome unlock(char[] pin) {
        try {
            Instant now = clock.instant();
            if (now.isBefore(lockedUntil)) {
                return new Outcome.Locked(Duration.between(now, lockedUntil));
            }
            if (PinHash.matches(pinHash, pin)) {
                failures = 0;
                audit.record("technician", null, "technician.unlock", "PIN accepted");
                return new Outcome.Granted();
            }
            failures++;
            if (failures >= MAX_TRIES) {
                failures = 0;
                lockedUntil = now.plus(LOCK_TIME);
                audit.record("technician", null, "technician.locked", MAX_TRIES + " wrong PINs; locked for " + LOCK_TIME.toMinutes() + " min");
                return new Outcome.Locked(LOCK_TIME);
            }
            audit.record("technician", null, "technician.unlock-failed", "wrong PIN, " + (MAX_TRIES - failures) + " tries left");
            return new Outcome.Wrong(MAX_TRIES - failures);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    public void recordExit() {
        audit.record("technician", null, "technician.exit", "kiosk program closed by technician");
    }
}
