package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.anxin.kiosk.domain.hall.CallRules;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;

/**
 * The hall node's queue tables (V7). Every change writes its rows and one {@code hall_event} in one
 * transaction. Thread-safe through the database; the hall node still runs changes one at a time so
 * that "call next" sees a settled queue. A {@code requestId} makes a retried issue or call return what
 * the first attempt did instead of doing it twice (a member retries when the answer was lost).
 */
public final class HallQueueStore {

    private static final String TICKET_COLUMNS = "id, ticket_number, queue_day, category_code, service_code, priority,"
            + " issued_at, state, call_window, called_at";

    private final DataSource dataSource;

    public HallQueueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What an issue asks for; {@code letter} and {@code numberCategory} pick the day counter. */
    public record NewTicket(LocalDate day, String numberCategory, char letter, String categoryCode, String serviceCode,
            boolean priority, String priorityReason, Instant issuedAt, String issuedBy, String requestId) {
    }

    /** Issues a ticket with the next number of its category's day counter; an earlier request id returns its ticket. */
    public Ticket issue(NewTicket t) {
        return tx("issue a ticket", c -> {
            if (t.requestId() != null) {
                Optional<Ticket> earlier = one(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE request_id = ?",
                        t.requestId());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            int seq = nextSeq(c, t.numberCategory(), t.day());
            String number = Ticket.number(t.letter(), seq);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_ticket (queue_day, number_category, seq,"
                    + " ticket_number, category_code, service_code, priority, priority_reason, issued_at, issued_by,"
                    + " request_id, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,'WAITING')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setDate(1, Date.valueOf(t.day()));
                ps.setString(2, t.numberCategory());
                ps.setInt(3, seq);
                ps.setString(4, number);
                ps.setString(5, t.categoryCode());
                ps.setString(6, t.serviceCode());
                ps.setBoolean(7, t.priority());
                ps.setString(8, t.priorityReason());
                ps.setLong(9, t.issuedAt().toEpochMilli());
                ps.setString(10, t.issuedBy());
                ps.setString(11, t.requestId());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            event(c, t.issuedAt(), "ISSUED", id, number, t.categoryCode(), 0, 0, t.issuedBy());
            return new Ticket(id, number, t.day(), t.categoryCode(), t.serviceCode(), t.priority(), t.issuedAt(),
                    TicketState.WAITING, 0, null);
        });
    }

    private static int nextSeq(Connection c, String category, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE hall_counter SET last_seq = last_seq + 1 WHERE category_code = ? AND queue_day = ?")) {
            ps.setString(1, category);
            ps.setDate(2, Date.valueOf(day));
            if (ps.executeUpdate() == 0) {
                try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO hall_counter (category_code, queue_day, last_seq) VALUES (?, ?, 1)")) {
                    in.setString(1, category);
                    in.setDate(2, Date.valueOf(day));
                    in.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq FROM hall_counter WHERE category_code = ? AND queue_day = ?")) {
            ps.setString(1, category);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Calls the ticket {@code rules} pick for the window and records the call with the ticket's wait.
     * An earlier request id returns the ticket that request called.
     */
    public Optional<Ticket> callNext(int window, Set<String> calledHere, boolean priorityWindow, CallRules rules,
            Instant now, String terminal, String requestId) {
        return tx("call the next ticket", c -> {
            if (requestId != null) {
                Optional<Ticket> earlier = one(c, "SELECT t.id, t.ticket_number, t.queue_day, t.category_code,"
                        + " t.service_code, t.priority, t.issued_at, t.state, t.call_window, t.called_at FROM hall_call k"
                        + " JOIN hall_ticket t ON t.id = k.ticket_id WHERE k.request_id = ?", requestId);
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
            // the rules only ever take the oldest priority ticket or the oldest of the window's categories
            List<Ticket> waiting = new ArrayList<>();
            one(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE state = 'WAITING' AND priority"
                    + " ORDER BY issued_at, id LIMIT 1").ifPresent(waiting::add);
            String in = String.join(",", java.util.Collections.nCopies(calledHere.size(), "?"));
            one(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE state = 'WAITING' AND category_code IN (" + in
                    + ") ORDER BY issued_at, id LIMIT 1", calledHere.toArray()).ifPresent(waiting::add);
            Optional<Ticket> next = rules.next(waiting, calledHere, priorityWindow, now);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Ticket t = next.get();
            update(c, "UPDATE hall_ticket SET state = 'CALLED', call_window = ?, called_at = ? WHERE id = ?",
                    window, now.toEpochMilli(), t.id());
            call(c, t, window, "CALL", now, terminal, requestId);
            event(c, now, "CALLED", t.id(), t.number(), t.categoryCode(), window, 0, terminal);
            return Optional.of(new Ticket(t.id(), t.number(), t.day(), t.categoryCode(), t.serviceCode(), t.priority(),
                    t.issuedAt(), TicketState.CALLED, window, now));
        });
    }

    /** Calls a CALLED ticket again (the resident did not come yet), at the window that called it. */
    public Ticket recall(long ticketId, Instant now, String terminal) {
        return tx("recall a ticket", c -> {
            Ticket t = inState(c, ticketId, TicketState.CALLED);
            call(c, t, t.window(), "RECALL", now, terminal, null);
            event(c, now, "RECALLED", t.id(), t.number(), t.categoryCode(), t.window(), 0, terminal);
            return t;
        });
    }

    /** Ends a CALLED ticket as FINISHED or NO_SHOW. */
    public Ticket end(long ticketId, TicketState end, Instant now, String terminal) {
        if (end != TicketState.FINISHED && end != TicketState.NO_SHOW) {
            throw new IllegalArgumentException("a ticket ends FINISHED or NO_SHOW, not " + end);
        }
        return tx("end a ticket", c -> {
            Ticket t = inState(c, ticketId, TicketState.CALLED);
            update(c, "UPDATE hall_ticket SET state = ?, ended_at = ? WHERE id = ?", end.name(), now.toEpochMilli(), t.id());
            event(c, now, end.name(), t.id(), t.number(), t.categoryCode(), t.window(), 0, terminal);
            return new Ticket(t.id(), t.number(), t.day(), t.categoryCode(), t.serviceCode(), t.priority(), t.issuedAt(),
                    end, t.window(), t.calledAt());
        });
    }

    /**
     * Moves a WAITING or CALLED ticket to another category: WAITING there with its number and its age
     * ({@code issuedAt}) kept, so it takes its place by age, not at the end.
     */
    public Ticket transfer(long ticketId, String categoryCode, boolean priority, Instant now, String terminal) {
        return tx("transfer a ticket", c -> {
            Ticket t = find(c, ticketId);
            if (t.state() != TicketState.WAITING && t.state() != TicketState.CALLED) {
                throw new QueueConflictException("ticket " + t.number() + " is " + t.state()
                        + "; only a waiting or called ticket can be transferred");
            }
            update(c, "UPDATE hall_ticket SET state = 'WAITING', category_code = ?, priority = ?, call_window = 0"
                    + " WHERE id = ?", categoryCode, priority, t.id());
            event(c, now, "TRANSFERRED", t.id(), t.number(), categoryCode, 0, 0, terminal);
            return new Ticket(t.id(), t.number(), t.day(), categoryCode, t.serviceCode(), priority, t.issuedAt(),
                    TicketState.WAITING, 0, t.calledAt());
        });
    }

    public Optional<Ticket> ticket(long ticketId) {
        return tx("read a ticket", c -> one(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE id = ?", ticketId));
    }

    /** WAITING tickets in age order. */
    public List<Ticket> waiting() {
        return tx("read the queue", c -> many(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE state = 'WAITING'"
                + " ORDER BY issued_at, id"));
    }

    /** WAITING tickets of {@code categoryCode} older than {@code ticket} (by issue time, then id). */
    public int ahead(String categoryCode, Ticket ticket) {
        return tx("count the queue", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM hall_ticket WHERE state = 'WAITING'"
                    + " AND category_code = ? AND (issued_at < ? OR issued_at = ? AND id < ?)")) {
                ps.setString(1, categoryCode);
                ps.setLong(2, ticket.issuedAt().toEpochMilli());
                ps.setLong(3, ticket.issuedAt().toEpochMilli());
                ps.setLong(4, ticket.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Average time from first call to end of the tickets of a category that ended on {@code day}. */
    public Optional<Duration> averageService(String categoryCode, LocalDate day) {
        return tx("read service times", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT AVG(ended_at - called_at), COUNT(*) FROM hall_ticket"
                    + " WHERE category_code = ? AND queue_day = ? AND state = 'FINISHED' AND called_at IS NOT NULL")) {
                ps.setString(1, categoryCode);
                ps.setDate(2, Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(2) == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(rs.getLong(1)));
                }
            }
        });
    }

    /** Raises a help call; an earlier request id (already scoped to its terminal) returns that call as it is now. */
    public HelpCall raiseHelp(String terminal, String screen, Instant now, String requestId) {
        return tx("raise a help call", c -> {
            if (requestId != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, terminal, screen, raised_at, taken_at, taken_by"
                        + " FROM hall_help WHERE request_id = ?")) {
                    ps.setString(1, requestId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            long taken = rs.getLong(5);
                            Instant takenAt = rs.wasNull() ? null : Instant.ofEpochMilli(taken);
                            return new HelpCall(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    Instant.ofEpochMilli(rs.getLong(4)), takenAt, rs.getString(6));
                        }
                    }
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_help (terminal, screen, raised_at, request_id)"
                    + " VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, terminal);
                ps.setString(2, screen);
                ps.setLong(3, now.toEpochMilli());
                ps.setString(4, requestId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            event(c, now, "HELP_RAISED", 0, null, null, 0, id, terminal);
            return new HelpCall(id, terminal, screen, now, null, null);
        });
    }

    /** Takes an open help call; empty when there is no such call or another clerk took it first. */
    public Optional<HelpCall> takeHelp(long helpId, String terminal, Instant now) {
        return tx("take a help call", c -> {
            if (update(c, "UPDATE hall_help SET taken_at = ?, taken_by = ? WHERE id = ? AND taken_at IS NULL",
                    now.toEpochMilli(), terminal, helpId) == 0) {
                return Optional.empty();
            }
            event(c, now, "HELP_TAKEN", 0, null, null, 0, helpId, terminal);
            try (PreparedStatement ps = c.prepareStatement("SELECT terminal, screen, raised_at FROM hall_help WHERE id = ?")) {
                ps.setLong(1, helpId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(new HelpCall(helpId, rs.getString(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)), now, terminal));
                }
            }
        });
    }

    /** Events after {@code since}, oldest first, at most {@code limit}. */
    public List<HallEvent> eventsAfter(long since, int limit) {
        return tx("read the change feed", c -> {
            List<HallEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at_ms, kind, ticket_id, ticket_number,"
                    + " category_code, call_window, help_id, terminal FROM hall_event WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, since);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new HallEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8),
                                rs.getString(9)));
                    }
                }
            }
            return events;
        });
    }

    /**
     * The board of {@code day}: waiting counts, CALLED tickets, the last calls and the open help calls,
     * read in one transaction with the feed's last seq.
     */
    public HallBoard board(LocalDate day, List<String> categoryCodes) {
        return tx("read the hall board", c -> {
            long last;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM hall_event");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            Map<String, Integer> waiting = new LinkedHashMap<>();
            categoryCodes.forEach(code -> waiting.put(code, 0));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT category_code, COUNT(*) FROM hall_ticket WHERE state = 'WAITING' GROUP BY category_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.put(rs.getString(1), rs.getInt(2));
                }
            }
            List<Ticket> serving = many(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE state = 'CALLED'"
                    + " AND queue_day = ? ORDER BY called_at DESC, id DESC", Date.valueOf(day));
            List<HallEvent> calls = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.seq, e.at_ms, e.kind, e.ticket_id, e.ticket_number,"
                    + " e.category_code, e.call_window, e.help_id, e.terminal FROM hall_event e"
                    + " JOIN hall_ticket t ON t.id = e.ticket_id WHERE e.kind IN ('CALLED', 'RECALLED') AND t.queue_day = ?"
                    + " ORDER BY e.seq DESC LIMIT ?")) {
                ps.setDate(1, Date.valueOf(day));
                ps.setInt(2, HallBoard.RECENT_CALLS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        calls.add(new HallEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8),
                                rs.getString(9)));
                    }
                }
            }
            List<HelpCall> help = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, terminal, screen, raised_at FROM hall_help"
                    + " WHERE taken_at IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    help.add(new HelpCall(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), null, null));
                }
            }
            return new HallBoard(last, waiting, serving, calls, help);
        });
    }

    /** Wait until first call of every called ticket, in ms, by ticket id (for reports and tests). */
    public List<long[]> waits() {
        return tx("read wait times", c -> {
            List<long[]> waits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ticket_id, wait_ms FROM hall_call WHERE kind = 'CALL' ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waits.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return waits;
        });
    }

    private static void call(Connection c, Ticket t, int window, String kind, Instant now, String terminal,
            String requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_call (ticket_id, call_window, kind, called_at,"
                + " wait_ms, called_by, request_id) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, t.id());
            ps.setInt(2, window);
            ps.setString(3, kind);
            ps.setLong(4, now.toEpochMilli());
            ps.setLong(5, Math.max(0, now.toEpochMilli() - t.issuedAt().toEpochMilli()));
            ps.setString(6, terminal);
            ps.setString(7, requestId);
            ps.executeUpdate();
        }
    }

    private static void event(Connection c, Instant at, String kind, long ticketId, String number, String category,
            int window, long helpId, String terminal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_event (at_ms, kind, ticket_id, ticket_number,"
                + " category_code, call_window, help_id, terminal) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, kind);
            ps.setLong(3, ticketId);
            ps.setString(4, number);
            ps.setString(5, category);
            ps.setInt(6, window);
            ps.setLong(7, helpId);
            ps.setString(8, terminal);
            ps.executeUpdate();
        }
    }

    private static Ticket inState(Connection c, long ticketId, TicketState state) throws SQLException {
        Ticket t = find(c, ticketId);
        if (t.state() != state) {
            throw new QueueConflictException("ticket " + t.number() + " is " + t.state() + ", expected " + state);
        }
        return t;
    }

    private static Ticket find(Connection c, long ticketId) throws SQLException {
        return one(c, "SELECT " + TICKET_COLUMNS + " FROM hall_ticket WHERE id = ?", ticketId)
                .orElseThrow(() -> new NoSuchTicketException(ticketId));
    }

    /** No ticket has this id. */
    public static final class NoSuchTicketException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchTicketException(long id) {
            super("no ticket with id " + id);
        }
    }

    /** The ticket is not in a state that allows the change (e.g. finishing a ticket that was never called). */
    public static final class QueueConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueueConflictException(String message) {
            super(message);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static Optional<Ticket> one(Connection c, String sql, Object... args) throws SQLException {
        List<Ticket> found = many(c, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Ticket> many(Connection c, String sql, Object... args) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long called = rs.getLong(10);
                    Instant calledAt = rs.wasNull() ? null : Instant.ofEpochMilli(called);
                    tickets.add(new Ticket(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), Instant.ofEpochMilli(rs.getLong(7)),
                            TicketState.valueOf(rs.getString(8)), rs.getInt(9), calledAt));
                }
            }
        }
        return tickets;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    private <T> T tx(String what, Transactions.Work<T> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
