package io.anxin.kiosk.hall;

/**
 * The hall queue cannot do what was asked. {@link #kind()} tells callers what to do next: on
 * {@link Kind#NODE_UNREACHABLE} a kiosk sends the resident to the service desk rather than print a
 * number that might be duplicated; a member may retry the same request id later.
 */
public final class HallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The hall node did not answer (down, restarting, network, timeout). */
        NODE_UNREACHABLE,
        /** The node refused this terminal's token (HTTP 401). */
        UNAUTHORIZED,
        /** A request the node cannot accept: unknown category, not eligible for priority, bad JSON (HTTP 400). */
        BAD_REQUEST,
        /** No such ticket or help call (HTTP 404). */
        NOT_FOUND,
        /** The ticket is not in a state that allows the change (HTTP 409). */
        CONFLICT,
        /** A token file cannot be used (missing, empty, readable by group or others). */
        TOKEN_FILE,
        /** The node failed (its database), or answered something this client does not understand (HTTP 5xx). */
        NODE_ERROR,
        /** Clerk sign-in: wrong staff number or PIN; {@link #triesLeft()} before the lock-out (HTTP 401). */
        WRONG_PIN,
        /** Clerk sign-in: too many wrong PINs; {@link #retryAfterSeconds()} until it may be tried again (HTTP 423). */
        LOCKED,
        /** Clerk sign-in: the node has no staff roster (kiosk-config/staff.csv), so nobody can sign in (HTTP 403). */
        NO_STAFF_ROSTER,
        /** The terminal's role in the node's token file does not allow this call, e.g. a kiosk calling a ticket (HTTP 403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final int triesLeft;
    private final long retryAfterSeconds;

    public HallException(Kind kind, String message) {
        this(kind, message, null);
    }

    public HallException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, 0, 0);
    }

    private HallException(Kind kind, String message, Throwable cause, int triesLeft, long retryAfterSeconds) {
        super(message, cause);
        this.kind = kind;
        this.triesLeft = triesLeft;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A wrong staff number or PIN, {@code triesLeft} more before the lock-out. */
    public static HallException wrongPin(int triesLeft) {
        return new HallException(Kind.WRONG_PIN, "wrong staff number or PIN; " + triesLeft + " tries left", null,
                triesLeft, 0);
    }

    /** Locked after too many wrong PINs, for {@code retryAfterSeconds} more. */
    public static HallException locked(long retryAfterSeconds) {
        return new HallException(Kind.LOCKED, "too many wrong PINs; try again in " + retryAfterSeconds + " s", null, 0,
                retryAfterSeconds);
    }

    /** For {@link Kind#WRONG_PIN}: wrong tries left before the lock-out; 0 otherwise. */
    public int triesLeft() {
        return triesLeft;
    }

    /** For {@link Kind#LOCKED}: seconds until sign-in may be tried again; 0 otherwise. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the node answers for this kind. */
    int status() {
        return switch (kind) {
            case UNAUTHORIZED -> 401;
            case BAD_REQUEST -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case WRONG_PIN -> 401;
            case LOCKED -> 423;
            case NO_STAFF_ROSTER, FORBIDDEN -> 403;
            default -> 500;
        };
    }
}
