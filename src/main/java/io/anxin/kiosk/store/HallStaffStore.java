package io.anxin.kiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Wrong-PIN counts and lock-outs of the hall's clerks (V8 {@code hall_staff_lock}). Thread-safe
 * through the database; the caller serialises read-check-write per staff number.
 */
public final class HallStaffStore {

    /** A staff number's record; {@code lockedUntil} is {@link Instant#EPOCH} when never locked. */
    public record Attempts(int failures, Instant lockedUntil) {
        public static final Attempts NONE = new Attempts(0, Instant.EPOCH);
    }

    private final DataSource dataSource;

    public HallStaffStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Attempts attempts(String staffNo) {
        return tx("read sign-in attempts", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT failures, locked_until FROM hall_staff_lock WHERE staff_no = ?")) {
                ps.setString(1, staffNo);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Attempts(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2))) : Attempts.NONE;
                }
            }
        });
    }

    /** Stores {@code attempts} and audits {@code action} in the same transaction. */
    public void save(String staffNo, Attempts attempts, AuditLog audit, String action, String detail) {
        tx("record a sign-in attempt", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO hall_staff_lock (staff_no, failures, locked_until) KEY (staff_no) VALUES (?, ?, ?)")) {
                ps.setString(1, staffNo);
                ps.setInt(2, attempts.failures());
                ps.setLong(3, attempts.lockedUntil().toEpochMilli());
                ps.executeUpdate();
            }
            AuditLog.insert(c, audit.clock().instant(), audit.terminalId(), "staff", staffNo, action, detail);
            return null;
        });
    }

    private <T> T tx(String what, Transactions.Work<T> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
