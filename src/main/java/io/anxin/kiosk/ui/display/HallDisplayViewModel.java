package io.anxin.kiosk.ui.display;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.ui.ScreenModel;

/**
 * What the hall display shows: the newest call (highlighted for a few seconds when it is live), the
 * last {@link HallBoard#RECENT_CALLS} calls, the waiting tickets per category, the time, and whether the
 * node answers. A board replaces everything; events update it in between.
 *
 * <p>Waiting counts between two boards are kept from the events: an issue adds one, a call takes one
 * off its category, a transfer moves one. A transfer of a ticket that was already waiting when the
 * board was taken does not say which category it left; the ticket's letter is taken as that category
 * (wrong only for a ticket transferred twice), and the next board corrects any drift.
 *
 * <p>FX thread only.
 */
public final class HallDisplayViewModel extends ScreenModel {

    /** How long a new call stays highlighted. */
    public static final Duration FRESH = Duration.ofSeconds(8);

    private final Clock clock;
    private final List<QueueCategory> categories;
    private final Map<Character, String> codeByLetter = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<Long, String> waitingSinceBoard = new HashMap<>();
    private final Set<Long> called = new HashSet<>();

    private final ObjectProperty<CallRow> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<CallRow> recent = FXCollections.observableArrayList();
    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ObservableList<CallRow> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ObservableList<WaitingRow> waitingView = FXCollections.unmodifiableObservableList(waiting);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private final BooleanProperty fresh = new SimpleBooleanProperty(this, "fresh");
    private final BooleanProperty connected = new SimpleBooleanProperty(this, "connected");
    private final BooleanProperty hasBoard = new SimpleBooleanProperty(this, "hasBoard");
    private Instant freshUntil = Instant.EPOCH;

    public HallDisplayViewModel(QueueCategories categories, Clock clock) {
        this.clock = clock;
        this.categories = categories.all();
        for (QueueCategory c : this.categories) {
            codeByLetter.put(c.letter(), c.code());
            counts.put(c.code(), 0);
        }
        now.set(clock.instant());
        publishWaiting();
    }

    /** A snapshot of the hall: replaces what is shown; nothing is highlighted. */
    public void onBoard(HallBoard board) {
        counts.replaceAll((code, n) -> board.waiting().getOrDefault(code, 0));
        waitingSinceBoard.clear();
        called.clear();
        board.serving().stream().map(Ticket::id).forEach(called::add);
        Map<Long, CallRow> rows = new LinkedHashMap<>();
        board.recentCalls().stream().filter(HallDisplayViewModel::isCall)
                .forEach(e -> rows.putIfAbsent(e.ticketId(), row(e)));
        recent.setAll(rows.values().stream().limit(HallBoard.RECENT_CALLS).toList());
        current.set(recent.isEmpty() ? null : recent.get(0));
        freshUntil = Instant.EPOCH;
        fresh.set(false);
        hasBoard.set(true);
        publishWaiting();
    }

    /** One live change of the hall. */
    public void onEvent(HallEvent e) {
        switch (e.kind()) {
            case "ISSUED" -> {
                add(e.categoryCode(), 1);
                waitingSinceBoard.put(e.ticketId(), e.categoryCode());
            }
            case "CALLED", "RECALLED" -> {
                if (e.kind().equals("CALLED")) {
                    String from = waitingSinceBoard.remove(e.ticketId());
                    add(from != null ? from : e.categoryCode(), -1);
                    called.add(e.ticketId());
                }
                CallRow row = row(e);
                recent.removeIf(r -> r.ticketId() == e.ticketId());
                recent.add(0, row);
                if (recent.size() > HallBoard.RECENT_CALLS) {
                    recent.remove(HallBoard.RECENT_CALLS, recent.size());
                }
                current.set(row);
                freshUntil = clock.instant().plus(FRESH);
                fresh.set(true);
            }
            case "TRANSFERRED" -> {
                String from = waitingSinceBoard.remove(e.ticketId());
                if (from != null) {
                    add(from, -1);
                } else if (!called.remove(e.ticketId()) && e.number() != null && !e.number().isEmpty()) {
                    String guess = codeByLetter.get(e.number().charAt(0));
                    if (guess != null) {
                        add(guess, -1);
                    }
                }
                add(e.categoryCode(), 1);
                waitingSinceBoard.put(e.ticketId(), e.categoryCode());
            }
            case "FINISHED", "NO_SHOW" -> called.remove(e.ticketId());
            default -> {
                return;
            }
        }
        publishWaiting();
    }

    /**
     * Whether the node answers. While it does not, what was shown stays and the view marks it stale.
     */
    public void onConnection(boolean reachable, String detail) {
        connected.set(reachable);
    }

    /** Once a second: the time, and the end of a call's highlight. */
    public void tick() {
        Instant t = clock.instant();
        now.set(t);
        if (fresh.get() && !t.isBefore(freshUntil)) {
            fresh.set(false);
        }
    }

    private void add(String code, int delta) {
        if (code != null && counts.containsKey(code)) {
            counts.put(code, Math.max(0, counts.get(code) + delta));
        }
    }

    private void publishWaiting() {
        waiting.setAll(categories.stream()
                .map(c -> new WaitingRow(c.code(), c.letter(), c.nameZh(), c.nameEn(), counts.get(c.code()))).toList());
    }

    private static boolean isCall(HallEvent e) {
        return e.kind().equals("CALLED") || e.kind().equals("RECALLED");
    }

    private static CallRow row(HallEvent e) {
        return new CallRow(e.ticketId(), e.number(), e.window(), e.kind().equals("RECALLED"));
    }

    /** The newest call, null before the first. */
    public ReadOnlyObjectProperty<CallRow> currentProperty() {
        return current;
    }

    /** The last calls, newest first, at most {@link HallBoard#RECENT_CALLS}; one row per ticket. */
    public ObservableList<CallRow> recent() {
        return recentView;
    }

    /** Waiting tickets per category, in catalog order. */
    public ObservableList<WaitingRow> waiting() {
        return waitingView;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** True for {@link #FRESH} after a live call. */
    public ReadOnlyBooleanProperty freshProperty() {
        return fresh;
    }

    /** Whether the node answers now. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    /** Whether a board has arrived since start: before it the display says it is connecting. */
    public ReadOnlyBooleanProperty hasBoardProperty() {
        return hasBoard;
    }
}
