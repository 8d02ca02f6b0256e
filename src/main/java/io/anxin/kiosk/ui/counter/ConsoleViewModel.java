package io.anxin.kiosk.ui.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * The console at one window: the ticket being served, the actions on it, the hall's waiting counts,
 * this window's last calls and the open help calls. Every hall call runs on the task runner; a
 * failure shows a line and keeps everything (a call-next retry reuses its request id, so an answer
 * lost on the way does not skip a ticket). Follows the hall through {@link #onBoard}, {@link #onEvent}
 * and {@link #onConnection}. FX thread only.
 */
public final class ConsoleViewModel extends ScreenModel {

    /** How often the help alert repeats while a help call stays open. */
    public static final Duration ALERT_EVERY = Duration.ofSeconds(15);
    static final int RECENT = 6;

    /** One line of the waiting counts; {@code here} when this window calls the category. */
    public record WaitingRow(QueueCategory category, int count, boolean here) {
    }

    private final HallClient hall;
    private final TaskRunner tasks;
    private final CounterSession session;
    private final QueueCategories categories;
    private final Clock clock;
    private final Runnable helpAlert;
    private final I18n i18n;

    private final ObjectProperty<Ticket> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ObservableList<HallEvent> recentCalls = FXCollections.observableArrayList();
    private final ObservableList<HelpCall> openHelp = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty noneWaiting = new SimpleBooleanProperty(this, "noneWaiting");
    private final BooleanProperty transferOpen = new SimpleBooleanProperty(this, "transferOpen");
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");

    private String pendingCallId;
    private HallBoard lastBoard;
    private boolean checkCurrent;
    private boolean refreshing;
    private boolean refreshAgain;
    private final Set<Long> alerted = new HashSet<>();
    private Instant lastAlert;
    /** When the status line was set; it clears itself after {@link #STATUS_FOR}. */
    private Instant statusSince;
    private static final java.time.Duration STATUS_FOR = java.time.Duration.ofSeconds(20);

    public ConsoleViewModel(HallClient hall, TaskRunner tasks, CounterSession session, QueueCategories categories,
                            Clock clock, Runnable helpAlert, I18n i18n) {
        this.hall = hall;
        this.tasks = tasks;
        this.session = session;
        this.categories = categories;
        this.clock = clock;
        this.helpAlert = helpAlert;
        this.i18n = i18n;
        now.set(clock.instant());
        session.clerkProperty().addListener((obs, old, clerk) -> {
            if (clerk == null) {
                signedOut();
            }
        });
    }

    public ObjectProperty<Ticket> currentProperty() {
        return current;
    }

    public ObservableList<WaitingRow> waiting() {
        return waiting;
    }

    /** This window's last calls and recalls, newest first. */
    public ObservableList<HallEvent> recentCalls() {
        return recentCalls;
    }

    public ObservableList<HelpCall> openHelp() {
        return openHelp;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True after the node answered "nobody waiting" (204), until someone takes a ticket. */
    public ReadOnlyBooleanProperty noneWaitingProperty() {
        return noneWaiting;
    }

    public BooleanProperty transferOpenProperty() {
        return transferOpen;
    }

    /** The last thing done (not an error): "A012 已办结". */
    public ObjectProperty<Message> statusProperty() {
        return status;
    }

    /** The clock, updated by {@link #tick()}: the view's "waited N min" and "N min ago" follow it. */
    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public QueueCategories categories() {
        return categories;
    }

    public int window() {
        return session.windowProperty().get();
    }

    /** The categories the current ticket may be transferred to. */
    public List<QueueCategory> transferTargets() {
        Ticket t = current.get();
        return categories.all().stream().filter(c -> t == null || !c.code().equals(t.categoryCode())).toList();
    }

    // ---- actions ----

    public void callNext() {
        if (busy.get() || current.get() != null || window() == 0) {
            return;
        }
        if (pendingCallId == null) {
            pendingCallId = "call-" + window() + "-" + UUID.randomUUID();
        }
        String requestId = pendingCallId;
        int window = window();
        start();
        tasks.run(() -> hall.callNext(window, requestId), this::called, this::failed);
    }

    private void called(Optional<Ticket> ticket) {
        busy.set(false);
        pendingCallId = null;
        session.reachableProperty().set(true);
        if (ticket.isPresent()) {
            current.set(ticket.get());
            noneWaiting.set(false);
        } else {
            noneWaiting.set(true);
        }
        refresh();
    }

    public void recall() {
        Ticket t = current.get();
        if (t != null && !busy.get()) {
            start();
            tasks.run(() -> hall.recall(t.id()), r -> done(r, null), this::failed);
        }
    }

    public void noShow() {
        Ticket t = current.get();
        if (t != null && !busy.get()) {
            start();
            tasks.run(() -> hall.noShow(t.id()), r -> done(r, Message.of("counter.done.no-show", r.number())), this::failed);
        }
    }

    public void finish() {
        Ticket t = current.get();
        if (t != null && !busy.get()) {
            start();
            tasks.run(() -> hall.finish(t.id()), r -> done(r, Message.of("counter.done.finished", r.number())), this::failed);
        }
    }

    public void openTransfer() {
        if (current.get() != null && !busy.get()) {
            transferOpen.set(true);
        }
    }

    public void transfer(String categoryCode) {
        Ticket t = current.get();
        if (t == null || busy.get()) {
            return;
        }
        transferOpen.set(false);
        start();
        String name = categories.byCode(categoryCode).map(this::name).orElse(categoryCode);
        tasks.run(() -> hall.transfer(t.id(), categoryCode),
                r -> done(r, Message.of("counter.done.transferred", r.number(), name)),
                this::failed);
    }

    /** A category's name in the language the console shows now. */
    public String name(QueueCategory c) {
        return i18n.isChinese() ? c.nameZh() : c.nameEn();
    }

    public void takeHelp(long helpId) {
        if (busy.get()) {
            return;
        }
        start();
        tasks.run(() -> hall.takeHelp(helpId), h -> {
            busy.set(false);
            session.reachableProperty().set(true);
            removeHelp(helpId);
            status.set(Message.of("counter.help.taken", h.terminal()));
            statusSince = clock.instant();
            refresh();
        }, t -> {
            HallException.Kind kind = HallFailure.kind(t);
            if (kind == HallException.Kind.CONFLICT || kind == HallException.Kind.NOT_FOUND) {
                busy.set(false);
                removeHelp(helpId);
                status.set(Message.of("counter.help.taken-elsewhere"));
                statusSince = clock.instant();
                refresh();
            } else {
                failed(t);
            }
        });
    }

    public void signOut() {
        session.signOut();
    }

    private void start() {
        busy.set(true);
        clearError();
        status.set(null);
    }

    private void done(Ticket t, Message message) {
        busy.set(false);
        session.reachableProperty().set(true);
        current.set(t.state() == TicketState.CALLED && t.window() == window() ? t : null);
        status.set(message);
        statusSince = clock.instant();
        refresh();
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (HallFailure.unreachable(t)) {
            session.reachableProperty().set(false);
        }
        HallException.Kind kind = HallFailure.kind(t);
        if (kind == HallException.Kind.CONFLICT || kind == HallException.Kind.NOT_FOUND) {
            checkCurrent = true;
            refresh();
        }
        showError(HallFailure.message(t));
    }

    // ---- following the hall ----

    /** A fresh board (HallFeed after (re)connecting, or this console's own refresh). */
    public void onBoard(HallBoard board) {
        lastBoard = board;
        session.reachableProperty().set(true);
        Map<String, Integer> counts = board.waiting();
        waiting.setAll(categories.all().stream()
                .map(c -> new WaitingRow(c, counts.getOrDefault(c.code(), 0), c.calledAt(window()))).toList());
        if (noneWaiting.get() && waiting.stream().anyMatch(r -> r.count() > 0 && (r.here() || r.category().priority()))) {
            noneWaiting.set(false);
        }
        recentCalls.setAll(board.recentCalls().stream().filter(e -> e.window() == window() && window() != 0)
                .limit(RECENT).toList());
        followServing(board);
        setHelp(board.openHelp());
    }

    private void followServing(HallBoard board) {
        if (window() == 0) {
            return;
        }
        Ticket mine = current.get();
        if (mine == null) {
            // after a restart (or a lost call-next answer) the node still has this window's ticket
            board.serving().stream().filter(t -> t.window() == window()).findFirst().ifPresent(t -> {
                current.set(t);
                pendingCallId = null;
            });
        } else {
            Optional<Ticket> fresh = board.serving().stream().filter(t -> t.id() == mine.id()).findFirst();
            if (fresh.isPresent() && fresh.get().window() == window()) {
                current.set(fresh.get());
            } else if (checkCurrent) {
                current.set(null);
            }
        }
        checkCurrent = false;
    }

    /** One change from the feed; the console then fetches a board (coalesced) for the details. */
    public void onEvent(HallEvent event) {
        Ticket mine = current.get();
        switch (event.kind()) {
            case "ISSUED", "TRANSFERRED" -> noneWaiting.set(false);
            default -> { }
        }
        if (mine != null && event.ticketId() == mine.id()
                && List.of("FINISHED", "NO_SHOW", "TRANSFERRED").contains(event.kind())) {
            current.set(null);
        }
        if (("CALLED".equals(event.kind()) || "RECALLED".equals(event.kind())) && event.window() == window()
                && window() != 0 && recentCalls.stream().noneMatch(e -> e.seq() == event.seq())) {
            recentCalls.add(0, event);
            if (recentCalls.size() > RECENT) {
                recentCalls.remove(RECENT, recentCalls.size());
            }
        }
        refresh();
    }

    /** Whether the hall node answers (HallFeed); {@code detail} is for the log, not the clerk. */
    public void onConnection(boolean reachable, String detail) {
        boolean was = session.reachableProperty().get();
        session.reachableProperty().set(reachable);
        if (reachable && !was && errorProperty().get() != null) {
            // the red line said the node could not be reached; it can now, so the line would only mislead
            clearError();
            status.set(Message.of("counter.connection.back"));
            statusSince = clock.instant();
        }
    }

    /** Once a second: the clock for the view, and the help alert every {@link #ALERT_EVERY} while a call is open. */
    public void tick() {
        Instant t = clock.instant();
        now.set(t);
        if (status.get() != null && statusSince != null && !t.isBefore(statusSince.plus(STATUS_FOR))) {
            status.set(null); // a confirmation ("已接应…", "已办结…") is news for a while, not for the rest of the day
            statusSince = null;
        }
        if (!openHelp.isEmpty() && session.clerkProperty().get() != null
                && (lastAlert == null || !t.isBefore(lastAlert.plus(ALERT_EVERY)))) {
            alert(t);
        }
    }

    /** Asks the node for a board; at most one request in flight, one more queued. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        tasks.run(hall::board, b -> {
            refreshing = false;
            onBoard(b);
            if (refreshAgain) {
                refreshAgain = false;
                refresh();
            }
        }, t -> {
            refreshing = false;
            refreshAgain = false;
            if (HallFailure.unreachable(t)) {
                session.reachableProperty().set(false);
            }
        });
    }

    private void setHelp(List<HelpCall> open) {
        openHelp.setAll(open);
        if (open.isEmpty()) {
            lastAlert = null;
        }
        boolean fresh = open.stream().anyMatch(h -> !alerted.contains(h.id()));
        open.forEach(h -> alerted.add(h.id()));
        if (fresh && session.clerkProperty().get() != null) {
            alert(clock.instant());
        }
    }

    private void removeHelp(long helpId) {
        openHelp.removeIf(h -> h.id() == helpId);
        if (openHelp.isEmpty()) {
            lastAlert = null;
        }
    }

    private void alert(Instant at) {
        lastAlert = at;
        helpAlert.run();
    }

    private void signedOut() {
        current.set(null);
        pendingCallId = null;
        transferOpen.set(false);
        noneWaiting.set(false);
        status.set(null);
        clearError();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        if (lastBoard != null) {
            onBoard(lastBoard);
        }
        refresh();
    }
}
