package io.anxin.kiosk.domain.hall;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which waiting ticket a window calls next. Order is the ticket's age ({@code issuedAt}, then id).
 * <ul>
 * <li>At a priority window: the oldest waiting priority ticket first, then the oldest ticket of the
 * other categories the window calls.</li>
 * <li>At any other window: a priority ticket that has waited {@code priorityAfter} or longer first
 * (oldest first), otherwise the oldest ticket of the categories the window calls.</li>
 * </ul>
 * Immutable, thread-safe.
 */
public final class CallRules {

    private static final Comparator<Ticket> AGE = Comparator.comparing(Ticket::issuedAt).thenComparingLong(Ticket::id);

    private final Duration priorityAfter;

    public CallRules(Duration priorityAfter) {
        if (priorityAfter.isNegative() || priorityAfter.isZero()) {
            throw new IllegalArgumentException("priorityAfter must be positive, got " + priorityAfter);
        }
        this.priorityAfter = priorityAfter;
    }

    /**
     * @param waiting WAITING tickets (others are ignored), any order
     * @param calledHere codes of the categories this window calls
     * @param priorityWindow true when this window calls the priority category
     */
    public Optional<Ticket> next(List<Ticket> waiting, Set<String> calledHere, boolean priorityWindow, Instant now) {
        List<Ticket> open = waiting.stream().filter(t -> t.state() == TicketState.WAITING).sorted(AGE).toList();
        Optional<Ticket> first;
        if (priorityWindow) {
            first = open.stream().filter(Ticket::priority).findFirst();
        } else {
            Instant overdue = now.minus(priorityAfter);
            first = open.stream().filter(t -> t.priority() && !t.issuedAt().isAfter(overdue)).findFirst();
        }
        if (first.isPresent()) {
            return first;
        }
        return open.stream().filter(t -> calledHere.contains(t.categoryCode())).findFirst();
    }

    /** True when {@code ticket} may be called at a window that does not call its category. */
    public boolean overdue(Ticket ticket, Instant now) {
        return ticket.priority() && !ticket.issuedAt().isAfter(now.minus(priorityAfter));
    }
}
