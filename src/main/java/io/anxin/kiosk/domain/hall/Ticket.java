package io.anxin.kiosk.domain.hall;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket. {@code number} ({@code A001}) is fixed when issued and never changes, also not when
 * the ticket is transferred to another category; {@code issuedAt} (the ticket's age) is kept too.
 *
 * @param id the node's ticket id
 * @param categoryCode the category the ticket waits in now
 * @param serviceCode the category the resident asked for (differs from {@code categoryCode} for a
 *        priority ticket)
 * @param window the window that called it last, 0 when none
 * @param calledAt when it was called last, null when never
 */
public record Ticket(long id, String number, LocalDate day, String categoryCode, String serviceCode,
        boolean priority, Instant issuedAt, TicketState state, int window, Instant calledAt) {

    /** {@code A001}: the letter and the day's sequence number, at least three digits (A1000 after A999). */
    public static String number(char letter, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("ticket sequence " + seq + ": expected 1 or more");
        }
        return letter + String.format("%03d", seq);
    }
}
