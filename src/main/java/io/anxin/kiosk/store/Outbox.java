package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The outbox as the sync worker and the technician see it (specs/central-sync.md). Entries are written
 * by {@link SubmissionStore}; here they are read in {@code seq} order and moved between states.
 * State changes apply only from the state the contract allows and report whether they did.
 *
 * <p>Thread-safe: each call uses its own connection. The sync worker is expected to be the only
 * caller of the delivery methods.
 */
public final class Outbox {

    // payload read as a string, not a CLOB: H2 copies every CLOB it puts into a sorted result into its LOB
    // store (a write per row read), which made draining a backlog slow and grew the file by gigabytes
    private static final String COLUMNS = "seq, id, kind, created_at, acceptance_no, drill, "
            + "CAST(payload AS VARCHAR(1000000)) AS payload, state, attempts, "
            + "next_attempt_at, last_error, reference, delivered_at";
    private static final int MAX_ERROR = 1000;

    private final DataSource dataSource;
    private final Clock clock;
    private final String terminalId;

    public Outbox(DataSource dataSource, Clock clock, String terminalId) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.terminalId = terminalId;
    }

    /**
     * The lowest-seq pending entries, in seq order, at most {@code limit}, whatever their
     * {@code nextAttemptAt}: the worker waits for the first one's time before sending the batch, so an
     * entry left undelivered goes out before any higher seq goes out for the first time.
     */
    public List<OutboxEntry> pending(int limit) {
        // ORDER BY state, seq (not just seq) lets H2 read the (state, seq) index in order and stop at the
        // limit; with ORDER BY seq it reads and sorts every pending row for each batch
        return query("SELECT " + COLUMNS + " FROM outbox WHERE state = 'pending' ORDER BY state, seq LIMIT ?",
                ps -> ps.setInt(1, limit));
    }

    /** Every entry, or those in {@code state}, in seq order. */
    public List<OutboxEntry> list(Optional<OutboxState> state) {
        return state.isPresent()
                ? query("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY state, seq", ps -> ps.setString(1, state.get().code()))
                : query("SELECT " + COLUMNS + " FROM outbox ORDER BY seq", ps -> { });
    }

    public Optional<OutboxEntry> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** Pending to delivered (the server answered {@code accepted} or {@code duplicate}). False when the entry was not pending. */
    public boolean markDelivered(UUID id, String reference) {
        return update("UPDATE outbox SET state = 'delivered', reference = ?, delivered_at = ?, next_attempt_at = NULL "
                + "WHERE id = ? AND state = 'pending'", ps -> {
                    ps.setString(1, reference);
                    ps.setObject(2, now());
                    ps.setObject(3, id);
                });
    }

    /**
     * Many pending entries to delivered in one transaction (a batch's accepted and duplicate results):
     * id to the server's reference. Returns how many were pending and changed.
     */
    public int markDelivered(Map<UUID, String> referencesById) {
        if (referencesById.isEmpty()) {
            return 0;
        }
        return batch("UPDATE outbox SET state = 'delivered', reference = ?, delivered_at = ?, next_attempt_at = NULL "
                + "WHERE id = ? AND state = 'pending'", referencesById.entrySet(), (ps, e) -> {
                    ps.setString(1, e.getValue());
                    ps.setObject(2, now());
                    ps.setObject(3, e.getKey());
                });
    }

    /** {@link #recordFailedAttempt} for many entries in one transaction. Returns how many were pending and changed. */
    public int recordFailedAttempts(Collection<UUID> ids, String error, Instant nextAttemptAt) {
        if (ids.isEmpty()) {
            return 0;
        }
        return batch("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                + "WHERE id = ? AND state = 'pending'", ids, (ps, id) -> {
                    ps.setString(1, truncate(error));
                    ps.setObject(2, nextAttemptAt.atOffset(ZoneOffset.UTC));
                    ps.setObject(3, id);
                });
    }

    /** Pending to rejected with the server's code and message; kept and shown, never retried by itself. */
    public boolean markRejected(UUID id, String code, String message) {
        return update("UPDATE outbox SET state = 'rejected', reject_code = ?, last_error = ?, next_attempt_at = NULL, "
                + "attempts = attempts + 1 WHERE id = ? AND state = 'pending'", ps -> {
                    ps.setString(1, code);
                    ps.setString(2, truncate(code + ": " + message));
                    ps.setObject(3, id);
                });
    }

    /** A pending entry was sent (or meant to be) and not delivered: attempts + 1, the error, when to try again. */
    public boolean recordFailedAttempt(UUID id, String error, Instant nextAttemptAt) {
        return update("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                + "WHERE id = ? AND state = 'pending'", ps -> {
                    ps.setString(1, truncate(error));
                    ps.setObject(2, nextAttemptAt.atOffset(ZoneOffset.UTC));
                    ps.setObject(3, id);
                });
    }

    /**
     * A technician's {@code kiosk outbox --retry ID}: a rejected entry goes back to pending (same id,
     * same seq, so it goes out late by design), audited in the same transaction. False, and nothing
     * changed, when no entry has this id or it is not rejected.
     */
    public boolean requeueRejected(UUID id, String actorKind, String actorRef) {
        try {
            return Transactions.inTransaction(dataSource, c -> {
                int changed;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ? AND state = 'rejected'")) {
                    ps.setObject(1, id);
                    changed = ps.executeUpdate();
                }
                if (changed == 1) {
                    AuditLog.insert(c, clock.instant(), terminalId, actorKind, actorRef, "outbox.retry",
                            "rejected outbox entry " + id + " re-queued");
                }
                return changed == 1;
            });
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot re-queue outbox entry " + id + ": " + e.getMessage(), e);
        }
    }

    public OutboxStats stats() {
        String sql = "SELECT COUNT(*) FILTER (WHERE state = 'pending'), COUNT(*) FILTER (WHERE state = 'delivered'), "
                + "COUNT(*) FILTER (WHERE state = 'rejected'), MIN(created_at) FILTER (WHERE state = 'pending') FROM outbox";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new OutboxStats(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)));
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot count the outbox: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> int batch(String sql, Collection<T> rows, RowBinder<T> binder) {
        try {
            return Transactions.inTransaction(dataSource, c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (T row : rows) {
                        binder.bind(ps, row);
                        ps.addBatch();
                    }
                    int changed = 0;
                    for (int n : ps.executeBatch()) {
                        changed += Math.max(n, 0);
                    }
                    return changed;
                }
            });
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot update the outbox: " + e.getMessage(), e);
        }
    }

    private List<OutboxEntry> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read the outbox: " + e.getMessage(), e);
        }
    }

    private boolean update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot update the outbox: " + e.getMessage(), e);
        }
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("kind"),
                rs.getObject("created_at", OffsetDateTime.class), Optional.ofNullable(rs.getString("acceptance_no")),
                rs.getBoolean("drill"), rs.getString("payload"), OutboxState.fromCode(rs.getString("state")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getString("reference")), instant(rs, "delivered_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
