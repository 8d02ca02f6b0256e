package io.anxin.kiosk.service.live;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One application's state at the central server.
 *
 * @param state   one of the spec's states
 * @param message the server's explanation for the resident (may be empty)
 */
public record ApplicationStatus(String reference, State state, OffsetDateTime updatedAt, String message) {

    /** specs/central-sync.md: received, under-review, approved, denied, needs-materials. */
    public enum State {
        RECEIVED("received"), UNDER_REVIEW("under-review"), APPROVED("approved"), DENIED("denied"),
        NEEDS_MATERIALS("needs-materials");

        private final String wire;

        State(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        /** @throws IllegalArgumentException for a state the spec does not have */
        public static State fromWire(String wire) {
            for (State s : values()) {
                if (s.wire.equals(wire)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown application state: " + wire);
        }
    }

    public ApplicationStatus {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
        message = message == null ? "" : message;
    }
}
