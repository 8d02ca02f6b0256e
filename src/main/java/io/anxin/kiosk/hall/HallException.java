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
        NODE_ERROR
    }

    private final Kind kind;

    public HallException(Kind kind, String message) {
        this(kind, message, null);
    }

    public HallException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
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
            default -> 500;
        };
    }
}
