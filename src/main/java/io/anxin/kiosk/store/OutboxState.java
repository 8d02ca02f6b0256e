package io.anxin.kiosk.store;

import java.util.Locale;

/**
 * Where an outbox entry stands. {@code PENDING} goes to {@code DELIVERED} (accepted or duplicate) or
 * {@code REJECTED} (the server will never take it); only a technician's retry takes a rejected entry
 * back to pending. Nothing is ever deleted.
 */
public enum OutboxState {
    PENDING, DELIVERED, REJECTED;

    /** The lower-case name used in the database and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboxState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
