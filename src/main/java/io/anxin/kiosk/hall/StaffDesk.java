package io.anxin.kiosk.hall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import io.anxin.kiosk.domain.PinHash;
import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.StaffMember;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.HallStaffStore;

/**
 * Clerk sign-in on the hall node, against {@code staff.csv}. Five wrong PINs for a staff number lock
 * it for five minutes; counts and locks are in the node's database, so every counter console shares
 * them and a restart keeps them. An unknown staff number is answered like a wrong PIN (and costs the
 * same PBKDF2 time), so the desk does not tell which numbers exist. Every outcome is audited without
 * the PIN.
 *
 * <p>Threads: synchronized (read, check, write per try); PBKDF2 takes tens of milliseconds, so it runs
 * on a node worker, never on a UI thread.
 */
public final class StaffDesk {

    public static final int MAX_TRIES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    // an unknown staff number is checked against this so that it costs what a real check costs
    private static final String NOBODY = "pbkdf2-sha256:" + PinHash.DEFAULT_ITERATIONS
            + ":AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private final StaffRoster roster;
    private final HallStaffStore store;
    private final AuditLog audit;
    private final Clock clock;

    public StaffDesk(StaffRoster roster, HallStaffStore store, AuditLog audit, Clock clock) {
        this.roster = roster;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A desk with nobody on its roster: every sign-in is refused with {@link HallException.Kind#NO_STAFF_ROSTER}. */
    public static StaffDesk closed() {
        return new StaffDesk(StaffRoster.empty(), null, null, Clock.systemUTC());
    }

    /**
     * Checks {@code pin} for {@code staffNo} and wipes the array.
     *
     * @param terminal the counter console asking (audited)
     * @return the clerk when the PIN is right
     * @throws HallException WRONG_PIN with tries left, LOCKED with the seconds left, NO_STAFF_ROSTER,
     *         BAD_REQUEST for a malformed staff number or an empty PIN
     */
    public synchronized Clerk signIn(String staffNo, char[] pin, String terminal) {
        try {
            if (roster.isEmpty()) {
                throw new HallException(HallException.Kind.NO_STAFF_ROSTER, "this hall node has no staff roster ("
                        + "kiosk-config/staff.csv on the node); nobody can sign in until one is installed");
            }
            if (staffNo == null || !Clerk.STAFF_NO.matcher(staffNo).matches()) {
                throw new HallException(HallException.Kind.BAD_REQUEST, "staffNo must be 1 to 16 letters or digits");
            }
            if (pin.length == 0 || pin.length > 16) {
                throw new HallException(HallException.Kind.BAD_REQUEST, "pin must be 1 to 16 characters");
            }
            Instant now = clock.instant();
            HallStaffStore.Attempts attempts = store.attempts(staffNo);
            if (now.isBefore(attempts.lockedUntil())) {
                throw HallException.locked(secondsUntil(now, attempts.lockedUntil()));
            }
            StaffMember member = roster.byNumber(staffNo).orElse(null);
            boolean right = PinHash.matches(member == null ? NOBODY : member.pinHash(), pin) && member != null;
            if (right) {
                store.save(staffNo, HallStaffStore.Attempts.NONE, audit, "staff.sign-in", "signed in at " + terminal);
                return member.clerk();
            }
            int failures = attempts.failures() + 1;
            if (failures >= MAX_TRIES) {
                Instant until = now.plus(LOCK_TIME);
                store.save(staffNo, new HallStaffStore.Attempts(0, until), audit, "staff.locked",
                        MAX_TRIES + " wrong PINs (last at " + terminal + "); locked for " + LOCK_TIME.toMinutes() + " min");
                throw HallException.locked(LOCK_TIME.toSeconds());
            }
            store.save(staffNo, new HallStaffStore.Attempts(failures, attempts.lockedUntil()), audit,
                    "staff.sign-in-failed", "wrong PIN at " + terminal + ", " + (MAX_TRIES - failures) + " tries left");
            throw HallException.wrongPin(MAX_TRIES - failures);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static long secondsUntil(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
