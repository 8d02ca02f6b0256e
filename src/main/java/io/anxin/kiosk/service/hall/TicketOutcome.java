package io.anxin.kiosk.service.hall;

import java.util.Optional;

/**
 * What taking a ticket came to. With a ticket, {@code printed} says whether the slip came out (when
 * not, the screen keeps the number up for writing down). Without one, {@code failure} says why; no
 * number was printed or shown, so none can be a duplicate.
 */
public record TicketOutcome(Optional<QueueTicket> ticket, boolean printed, Optional<Failure> failure) {

    /** Why there is no ticket. */
    public enum Failure {
        /** The hall node did not answer, also not to the one retry. */
        NODE_UNREACHABLE,
        /** The node answered but refused or failed (a token, a category, its database): for the technician. */
        REFUSED
    }

    public TicketOutcome {
        if (ticket.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an outcome has either a ticket or a failure");
        }
    }

    static TicketOutcome issued(QueueTicket ticket, boolean printed) {
        return new TicketOutcome(Optional.of(ticket), printed, Optional.empty());
    }

    static TicketOutcome failed(Failure failure) {
        return new TicketOutcome(Optional.empty(), false, Optional.of(failure));
    }
}
