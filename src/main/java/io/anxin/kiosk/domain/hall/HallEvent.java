package io.anxin.kiosk.domain.hall;

import java.time.Instant;

/**
 * One entry of the hall's change feed, in commit order ({@code seq} rises by one per change on the
 * node; a display asks for the events after the last seq it saw).
 *
 * @param kind ISSUED, CALLED, RECALLED, NO_SHOW, TRANSFERRED, FINISHED, HELP_RAISED, HELP_TAKEN
 * @param ticketId 0 for help events
 * @param number the ticket number, null for help events
 * @param categoryCode the ticket's category after the change, null for help events
 * @param window the window for calls, 0 otherwise
 * @param helpId 0 for ticket events
 * @param terminal the terminal that made the change
 */
public record HallEvent(long seq, Instant at, String kind, long ticketId, String number, String categoryCode,
        int window, long helpId, String terminal) {
}
