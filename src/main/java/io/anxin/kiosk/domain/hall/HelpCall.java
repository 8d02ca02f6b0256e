package io.anxin.kiosk.domain.hall;

import java.time.Instant;

/**
 * A resident asked for staff: which terminal, which screen they were on, when; taken by a clerk.
 *
 * @param takenBy the terminal (counter console) that took it, null while open
 */
public record HelpCall(long id, String terminal, String screen, Instant raisedAt, Instant takenAt, String takenBy) {

    public boolean open() {
        return takenAt == null;
    }
}
