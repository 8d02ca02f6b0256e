package io.anxin.kiosk.domain.hall;

/** Where a queue ticket is. A transferred ticket is WAITING again in its new category. */
public enum TicketState {
    WAITING, CALLED, FINISHED, NO_SHOW
}
