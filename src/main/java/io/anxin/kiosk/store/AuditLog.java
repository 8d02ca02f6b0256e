package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.anxin.kiosk.domain.PersonalData;

/** Writes and reads {@code audit_event}. Thread-safe: each call uses its own connection. */
public final class AuditLog {

    private final DataSource dataSource;
    private final Clock clock;
    private final String terminalId;

    public AuditLog(DataSource dataSource, Clock clock, String terminalId) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.terminalId = terminalId;
    }

    public void record(String actorKind, String actorRef, String action, String detail) {
        try (Connection c = dataSource.getConnection()) {
            insert(c, clock.instant(), terminalId, actorKind, actorRef, action, detail);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot write audit event " + action + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one event on the caller's connection, inside the caller's transaction: the store's
     * own writers (a submission, an outbox retry) audit in the same commit as the change.
     */
    static void insert(Connection c, java.time.Instant at, String terminalId, String actorKind, String actorRef,
                       String action, String detail) throws SQLException {
        String sql = "INSERT INTO audit_event (occurred_at, terminal_id, actor_kind, actor_ref, action, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at.atOffset(java.time.ZoneOffset.UTC));
            ps.setString(2, terminalId);
            ps.setString(3, actorKind);
            ps.setString(4, PersonalData.maskIdNumbers(actorRef));
            ps.setString(5, action);
            ps.setString(6, truncate(PersonalData.maskIdNumbers(detail)));
            ps.executeUpdate();
        }
    }

    String terminalId() {
        return terminalId;
    }

    Clock clock() {
        return clock;
    }

    public List<AuditEvent> latest(int limit) {
        String sql = "SELECT occurred_at, terminal_id, actor_kind, actor_ref, action, detail FROM audit_event "
                + "ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new AuditEvent(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read audit events: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

}
