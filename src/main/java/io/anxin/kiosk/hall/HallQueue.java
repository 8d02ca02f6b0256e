package io.anxin.kiosk.hall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.CallRules;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.PriorityReason;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.store.HallQueueStore;
import io.anxin.kiosk.store.StoreException;

/**
 * The hall node's queue: issue, call, recall, no-show, transfer, finish, help calls and the change
 * feed. Thread-safe: changes run one at a time (so "call next" sees a settled queue and two windows
 * never call the same ticket), each in one database transaction; readers of the feed wait without
 * holding the lock.
 */
public final class HallQueue {

    private static final int FEED_LIMIT = 500;

    private final HallQueueStore store;
    private final QueueCategories categories;
    private final CallRules rules;
    private final int elderlyAge;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration fallbackService;
    private final ReentrantLock changes = new ReentrantLock();
    private final java.util.Map<Integer, WindowClaim> claims = new java.util.HashMap<>();
    private final java.util.Map<String, Instant> lastSeen = new java.util.concurrent.ConcurrentHashMap<>();
    private final Object feed = new Object();
    private long feedVersion;
    private boolean stopping;

    /**
     * @param priorityAfter config {@code hall.priority-after-minutes}
     * @param elderlyAge config {@code resident.elderly-age}
     * @param fallbackService the service time assumed for a category before any ticket of it finished today
     */
    public HallQueue(HallQueueStore store, QueueCategories categories, Duration priorityAfter, int elderlyAge,
            ZoneId zone, Clock clock, Duration fallbackService) {
        this.store = store;
        this.categories = categories;
        this.rules = new CallRules(priorityAfter);
        this.elderlyAge = elderlyAge;
        this.zone = zone;
        this.clock = clock;
        this.fallbackService = fallbackService;
    }

    /**
     * Issues a ticket for the service category {@code serviceCode}; an elderly resident ({@code age} at
     * or above the elderly age) or one with a disability gets a priority ticket in one step.
     *
     * @param age the identified resident's age, null when not identified
     * @param requestId the caller's id for this request; a retry with the same id returns the same ticket
     */
    public IssuedTicket issue(String serviceCode, Integer age, boolean disability, String terminal, String requestId) {
        QueueCategory service = category(serviceCode);
        Optional<PriorityReason> reason = PriorityReason.of(age, disability, elderlyAge);
        if (service.priority() && reason.isEmpty()) {
            throw new HallException(HallException.Kind.BAD_REQUEST, "category " + serviceCode
                    + " is the priority window: only for residents aged " + elderlyAge + " or more or with a disability");
        }
        QueueCategory queue = reason.isPresent() ? categories.priority() : service;
        Ticket ticket = change(() -> {
            Instant now = clock.instant();
            return store.issue(new HallQueueStore.NewTicket(LocalDate.ofInstant(now, zone), queue.code(), queue.letter(),
                    queue.code(), service.code(), reason.isPresent(), reason.map(Enum::name).orElse(null), now, terminal,
                    scoped(terminal, requestId)));
        });
        int ahead = read(() -> store.ahead(queue.code(), ticket));
        Duration average = read(() -> store.averageService(queue.code(), ticket.day())).orElse(fallbackService);
        return new IssuedTicket(ticket, ahead, io.anxin.kiosk.domain.hall.WaitEstimate.of(ahead, average,
                queue.windows().size()));
    }

    /** Which counter has opened a window, and who signed in there. */
    public record WindowClaim(int window, String terminal, String staffNo) {
    }

    /** A claim lapses when its terminal has not been heard from for this long (a console follows the feed every 25 s). */
    public static final Duration CLAIM_TTL = Duration.ofMinutes(2);

    /** The node heard from {@code terminal} (any authenticated request): keeps its window claims alive. */
    public void seen(String terminal) {
        lastSeen.put(terminal, clock.instant());
    }

    /**
     * Opens {@code window} at {@code terminal} for {@code staffNo}: two consoles never call for the same
     * window. A claim of another terminal that is still heard from is a CONFLICT; one whose terminal went
     * quiet for {@link #CLAIM_TTL} is taken over. Claims live in memory: after a node restart consoles
     * claim again when they reconnect.
     */
    public WindowClaim claimWindow(int window, String terminal, String staffNo) {
        checkWindow(window);
        seen(terminal);
        synchronized (claims) {
            WindowClaim held = claims.get(window);
            if (held != null && !held.terminal().equals(terminal) && alive(held.terminal())) {
                throw new HallException(HallException.Kind.CONFLICT, "window " + window + " is open at terminal "
                        + held.terminal() + " (staff " + held.staffNo() + "); sign out there first or choose another window");
            }
            WindowClaim claim = new WindowClaim(window, terminal, staffNo == null ? "" : staffNo);
            claims.put(window, claim);
            return claim;
        }
    }

    /** Closes {@code window} if {@code terminal} holds it (a clerk signs out); otherwise nothing. */
    public void releaseWindow(int window, String terminal) {
        synchronized (claims) {
            claims.computeIfPresent(window, (w, held) -> held.terminal().equals(terminal) ? null : held);
        }
    }

    /** The windows a live console has open, ascending. */
    private List<Integer> openWindows() {
        synchronized (claims) {
            return claims.values().stream().filter(c -> alive(c.terminal())).map(WindowClaim::window).sorted().toList();
        }
    }

    private boolean alive(String terminal) {
        Instant last = lastSeen.get(terminal);
        return last != null && Duration.between(last, clock.instant()).compareTo(CLAIM_TTL) < 0;
    }

    private void checkWindow(int window) {
        if (categories.calledAt(window).isEmpty()) {
            throw new HallException(HallException.Kind.BAD_REQUEST, "window " + window
                    + " calls no queue category (queue-categories.csv)");
        }
    }

    /**
     * Calls the next ticket for {@code window} by {@link CallRules}; empty when nobody waits for it. A
     * window another live terminal has claimed is a CONFLICT; an unclaimed window may be called by any
     * counter terminal.
     */
    public Optional<Ticket> callNext(int window, String terminal, String requestId) {
        checkWindow(window);
        synchronized (claims) {
            WindowClaim held = claims.get(window);
            if (held != null && !held.terminal().equals(terminal) && alive(held.terminal())) {
                throw new HallException(HallException.Kind.CONFLICT, "window " + window + " is open at terminal "
                        + held.terminal() + "; this terminal cannot call for it");
            }
        }
        return change(() -> store.callNext(window, categories.calledAt(window), categories.isPriorityWindow(window), rules,
                clock.instant(), terminal, scoped(terminal, requestId)));
    }

    public Ticket recall(long ticketId, String terminal) {
        return change(() -> store.recall(ticketId, clock.instant(), terminal));
    }

    public Ticket noShow(long ticketId, String terminal) {
        return change(() -> store.end(ticketId, TicketState.NO_SHOW, clock.instant(), terminal));
    }

    public Ticket finish(long ticketId, String terminal) {
        return change(() -> store.end(ticketId, TicketState.FINISHED, clock.instant(), terminal));
    }

    /** Moves the ticket to {@code categoryCode}, waiting again with its number and age kept. */
    public Ticket transfer(long ticketId, String categoryCode, String terminal) {
        QueueCategory to = category(categoryCode);
        return change(() -> store.transfer(ticketId, to.code(), to.priority(), clock.instant(), terminal));
    }

    public HelpCall raiseHelp(String terminal, String screen) {
        return raiseHelp(terminal, screen, null);
    }

    /** A help call; a retry with the same {@code requestId} returns the call the first attempt raised. */
    public HelpCall raiseHelp(String terminal, String screen, String requestId) {
        if (screen == null || screen.isBlank() || screen.length() > 64) {
            throw new HallException(HallException.Kind.BAD_REQUEST, "a help call needs the screen name (1 to 64 characters)");
        }
        return change(() -> store.raiseHelp(terminal, screen, clock.instant(), scoped(terminal, requestId)));
    }

    public HelpCall takeHelp(long helpId, String terminal) {
        return change(() -> store.takeHelp(helpId, terminal, clock.instant()))
                .orElseThrow(() -> new HallException(HallException.Kind.CONFLICT, "help call " + helpId
                        + " does not exist or was already taken"));
    }

    /**
     * Today's board (local day in the hall's time zone): taken under the change lock, so no change is
     * half in it and the feed after {@link HallBoard#lastSeq()} holds exactly the later changes.
     */
    public HallBoard board() {
        changes.lock();
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            HallBoard board = read(() -> store.board(today, categories.all().stream().map(QueueCategory::code).toList()));
            return board.withOpenWindows(openWindows());
        } finally {
            changes.unlock();
        }
    }

    /** WAITING tickets, oldest first. */
    public List<Ticket> waiting() {
        return read(store::waiting);
    }

    public QueueCategories categories() {
        return categories;
    }

    /**
     * The events after {@code since}; when there are none, waits up to {@code wait} for one (long poll).
     * Returns an empty list when none came.
     */
    public List<HallEvent> changes(long since, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long seen;
            synchronized (feed) {
                seen = feedVersion;
            }
            List<HallEvent> events = read(() -> store.eventsAfter(since, FEED_LIMIT));
            long left = deadline - System.nanoTime();
            if (!events.isEmpty() || left <= 0) {
                return events;
            }
            synchronized (feed) {
                if (stopping) {
                    return List.of();
                }
                while (feedVersion == seen && left > 0 && !stopping) {
                    feed.wait(Math.max(1, left / 1_000_000));
                    left = deadline - System.nanoTime();
                }
            }
        }
    }

    /** Ends every waiting long poll now (with no events) and every later one at once: the node is stopping. */
    public void stopWaiting() {
        synchronized (feed) {
            stopping = true;
            feed.notifyAll();
        }
    }

    /** Request ids are the caller's: one terminal cannot replay another's request and get its ticket. */
    private static String scoped(String terminal, String requestId) {
        return requestId == null ? null : terminal + "/" + requestId;
    }

    private QueueCategory category(String code) {
        return categories.byCode(code == null ? "" : code).orElseThrow(() -> new HallException(
                HallException.Kind.BAD_REQUEST, "unknown queue category '" + code + "': expected one of "
                        + categories.all().stream().map(QueueCategory::code).toList()));
    }

    private <T> T change(Supplier<T> work) {
        changes.lock();
        try {
            return read(work);
        } finally {
            changes.unlock();
            synchronized (feed) {
                feedVersion++;
                feed.notifyAll();
            }
        }
    }

    private static <T> T read(Supplier<T> work) {
        try {
            return work.get();
        } catch (HallQueueStore.NoSuchTicketException e) {
            throw new HallException(HallException.Kind.NOT_FOUND, e.getMessage(), e);
        } catch (HallQueueStore.QueueConflictException e) {
            throw new HallException(HallException.Kind.CONFLICT, e.getMessage(), e);
        } catch (StoreException e) {
            throw new HallException(HallException.Kind.NODE_ERROR, e.getMessage(), e);
        }
    }
}
