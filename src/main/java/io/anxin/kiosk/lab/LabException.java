package io.anxin.kiosk.lab;

/**
 * The lab central server cannot start or do what was asked. {@link #kind()} maps to the command's
 * exit code: {@link Kind#USAGE} 2, {@link Kind#UNAVAILABLE} 3, {@link Kind#STORE} 1.
 */
public final class LabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** A bad option, token file or config folder. */
        USAGE,
        /** The port is taken or the data folder's database is open in another process. */
        UNAVAILABLE,
        /** The lab's own database failed. */
        STORE
    }

    private final Kind kind;

    public LabException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public LabException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
