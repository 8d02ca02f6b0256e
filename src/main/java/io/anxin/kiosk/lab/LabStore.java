package io.anxin.kiosk.lab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The lab central server's own H2 file database in its data folder, migrated from
 * {@code classpath:io/anxin/kiosk/lab/db} (never mixed with the kiosk's migrations). A batch is stored
 * in one transaction. Writes are serialised (one lab server, small load); reads may run in parallel.
 */
final class LabStore implements AutoCloseable {

    static final String REFERENCE_PREFIX = "SRV-";
    private static final long FIRST_REFERENCE = 10001;
    private static final String LOCK_FILE = "lab-central.lock";

    private final JdbcConnectionPool pool;
    private final FileChannel lockChannel;

    private LabStore(JdbcConnectionPool pool, FileChannel lockChannel) {
        this.pool = pool;
        this.lockChannel = lockChannel;
    }

    static LabStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new LabException(LabException.Kind.USAGE, "cannot create data folder " + dataDir + ": " + e, e);
        }
        FileChannel lock = lock(dataDir);
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("lab-central")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "lab", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:io/anxin/kiosk/lab/db").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            closeQuietly(lock);
            boolean locked = String.valueOf(rootMessage(e)).contains("already in use");
            throw new LabException(locked ? LabException.Kind.UNAVAILABLE : LabException.Kind.STORE,
                    "lab database in " + dataDir + " cannot be opened"
                            + (locked ? " (another lab central uses it)" : "") + ": " + rootMessage(e), e);
        }
        return new LabStore(pool, lock);
    }

    /**
     * One lab server per data folder, in this process or another: an OS file lock (released even by
     * kill -9). H2 alone would let a second server in the same JVM share the database.
     */
    private static FileChannel lock(Path dataDir) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LabException(LabException.Kind.UNAVAILABLE,
                        "data folder " + dataDir + " is in use by another lab central");
            }
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LabException(LabException.Kind.USAGE, "cannot lock data folder " + dataDir + ": " + e, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    /** Stores the valid entries not seen before and answers every entry once, in batch order; one transaction. */
    synchronized List<EntryResult> storeBatch(String terminalId, String epoch, List<IncomingEntry> entries,
                                              Instant now) {
        List<EntryResult> results = new ArrayList<>(entries.size());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                long next = nextReference(c);
                for (IncomingEntry e : entries) {
                    if (!e.valid()) {
                        results.add(EntryResult.rejected(e.id(), "INVALID_ENTRY", e.problem()));
                        continue;
                    }
                    Optional<String[]> held = hashAndReference(c, e.id());
                    if (held.isEmpty()) {
                        insert(c, terminalId, epoch, e, next, now);
                        results.add(EntryResult.accepted(e.id(), REFERENCE_PREFIX + next));
                        next++;
                    } else if (held.get()[0].equals(e.contentHash())) {
                        bump(c, "deliveries", e.id());
                        results.add(EntryResult.duplicate(e.id(), held.get()[1]));
                    } else {
                        bump(c, "conflicts", e.id());
                        results.add(EntryResult.rejected(e.id(), "CONFLICT", "id " + e.id()
                                + " is already stored as " + held.get()[1] + " with different content"));
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException e) {
            throw new LabException(LabException.Kind.STORE, "cannot store a batch: " + e.getMessage(), e);
        }
        return results;
    }

    private static long nextReference(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(reference_no) FROM lab_transaction");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long max = rs.getLong(1);
            return rs.wasNull() ? FIRST_REFERENCE : max + 1;
        }
    }

    private static Optional<String[]> hashAndReference(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT content_hash, reference_no FROM lab_transaction WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), REFERENCE_PREFIX + rs.getLong(2)})
                        : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, String terminalId, String epoch, IncomingEntry e, long reference,
                               Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lab_transaction (id, reference_no, terminal_id,"
                + " epoch, seq, kind, acceptance_no, drill, content_hash, entry_json, received_at, deliveries)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            ps.setString(1, e.id());
            ps.setLong(2, reference);
            ps.setString(3, terminalId);
            ps.setString(4, epoch);
            ps.setObject(5, e.seq());
            ps.setString(6, e.kind());
            ps.setString(7, e.acceptanceNo());
            ps.setBoolean(8, e.drill());
            ps.setString(9, e.contentHash());
            ps.setString(10, e.entryJson());
            ps.setObject(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static void bump(Connection c, String column, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE lab_transaction SET " + column + " = " + column + " + 1 WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private static final String SELECT = "SELECT id, reference_no, terminal_id, seq, kind, acceptance_no, drill,"
            + " content_hash, received_at, deliveries, conflicts FROM lab_transaction";

    /** Every stored entry in order of first arrival. */
    List<StoredTransaction> all() {
        return query(SELECT + " ORDER BY reference_no", null);
    }

    Optional<StoredTransaction> byId(String id) {
        return query(SELECT + " WHERE id = ?", id).stream().findFirst();
    }

    Optional<StoredTransaction> byReference(long referenceNo) {
        return query(SELECT + " WHERE reference_no = ?", referenceNo).stream().findFirst();
    }

    /** The latest arrival with this acceptance number. */
    Optional<StoredTransaction> byAcceptanceNo(String acceptanceNo) {
        return query(SELECT + " WHERE acceptance_no = ? ORDER BY reference_no DESC LIMIT 1", acceptanceNo)
                .stream().findFirst();
    }

    private List<StoredTransaction> query(String sql, Object parameter) {
        List<StoredTransaction> out = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(4);
                    Long seqOrNull = rs.wasNull() ? null : seq;
                    out.add(new StoredTransaction(rs.getString(1), REFERENCE_PREFIX + rs.getLong(2), rs.getString(3),
                            seqOrNull, rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getInt(10), rs.getInt(11)));
                }
            }
        } catch (SQLException e) {
            throw new LabException(LabException.Kind.STORE, "cannot read transactions: " + e.getMessage(), e);
        }
        return out;
    }

    synchronized void addHeartbeat(String terminalId, Instant at, String bodyJson) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO lab_heartbeat (terminal_id, received_at, body_json) VALUES (?, ?, ?)")) {
            ps.setString(1, terminalId);
            ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(3, bodyJson);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new LabException(LabException.Kind.STORE, "cannot store a heartbeat: " + e.getMessage(), e);
        }
    }

    List<LabHeartbeat> heartbeats() {
        List<LabHeartbeat> out = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT terminal_id, received_at, body_json FROM lab_heartbeat ORDER BY n");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LabHeartbeat(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new LabException(LabException.Kind.STORE, "cannot read heartbeats: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The reference-data version for catalogs with this content hash: the current one when the hash
     * is unchanged since the last start, else a new version one higher.
     */
    synchronized int referenceVersion(String contentHash, Instant now) {
        try (Connection c = pool.getConnection()) {
            int latest = 0;
            String latestHash = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT version, content_hash FROM lab_reference_data ORDER BY version DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    latest = rs.getInt(1);
                    latestHash = rs.getString(2);
                }
            }
            if (contentHash.equals(latestHash)) {
                return latest;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lab_reference_data (version, content_hash, loaded_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, latest + 1);
                ps.setString(2, contentHash);
                ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return latest + 1;
        } catch (SQLException e) {
            throw new LabException(LabException.Kind.STORE, "cannot record the reference-data version: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
        closeQuietly(lockChannel);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
