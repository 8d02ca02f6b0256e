package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.anxin.kiosk.domain.IdNumber;

/**
 * Read side of the submissions for "办理进度查询": a resident's own submissions on this kiosk (found
 * by {@link SubmissionStore#residentKey}, never by a plain ID number) and one submission by its
 * acceptance number, each with its outbox state. Drill submissions are never shown.
 *
 * <p>Thread-safe: each call uses its own connection.
 */
public final class SubmissionHistory {

    /**
     * One submission as the progress screen needs it; no personal data.
     *
     * @param rejectMessage the centre's words when rejected (without its code), else empty
     */
    public record Entry(String acceptanceNo, String kind, OffsetDateTime createdAt, OutboxState state,
                        Optional<String> reference, Optional<String> rejectCode, Optional<String> rejectMessage,
                        Optional<Instant> deliveredAt) {
    }

    private static final String SELECT = "SELECT s.acceptance_no, s.kind, s.created_at, o.state, o.reference, o.reject_code, "
            + "o.last_error, o.delivered_at FROM submission s JOIN outbox o ON o.submission_id = s.id ";

    private final DataSource dataSource;
    private final SubmissionStore keys;

    public SubmissionHistory(DataSource dataSource, SubmissionStore keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    /** The resident's submissions, newest first, at most {@code limit}. */
    public List<Entry> forResident(IdNumber id, int limit) {
        String key = keys.residentKey(id);
        return query(SELECT + "WHERE s.resident_key = ? AND s.drill = FALSE ORDER BY s.created_at DESC, o.seq DESC LIMIT ?",
                ps -> {
                    ps.setString(1, key);
                    ps.setInt(2, limit);
                });
    }

    public Optional<Entry> byAcceptanceNo(String acceptanceNo) {
        return query(SELECT + "WHERE s.acceptance_no = ? AND s.drill = FALSE", ps -> ps.setString(1, acceptanceNo))
                .stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Entry> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read submissions: " + e.getMessage(), e);
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        OutboxState state = OutboxState.fromCode(rs.getString("state"));
        Optional<String> code = Optional.ofNullable(rs.getString("reject_code"));
        Optional<String> message = Optional.empty();
        if (state == OutboxState.REJECTED) {
            String error = Optional.ofNullable(rs.getString("last_error")).orElse("");
            // Outbox.markRejected stores "<code>: <message>"
            String prefix = code.map(c -> c + ": ").orElse("");
            message = Optional.of(error.startsWith(prefix) ? error.substring(prefix.length()) : error).filter(m -> !m.isBlank());
        }
        return new Entry(rs.getString("acceptance_no"), rs.getString("kind"), rs.getObject("created_at", OffsetDateTime.class),
                state, Optional.ofNullable(rs.getString("reference")), code, message,
                Optional.ofNullable(rs.getObject("delivered_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
