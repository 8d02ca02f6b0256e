package io.anxin.kiosk.store;

/**
 * The local database cannot do what was asked. {@link #kind()} tells the technician (and the exit
 * code) whether it is the data folder, ownership by another process or the database itself.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind { DATA_FOLDER, OWNED_ELSEWHERE, DATABASE }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
