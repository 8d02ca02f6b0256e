package io.anxin.kiosk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.IdNumber;

/**
 * Writes a submission: the business row, its acceptance number, its outbox entry and its audit line,
 * all in one JDBC transaction (DESIGN.md rule 6). Either all of it is committed or none of it.
 *
 * <p>Thread-safe: each call uses its own connection. Writers serialise on the database's epoch row,
 * so acceptance numbers of a terminal and day are consecutive and outbox {@code seq} order is commit
 * order (the sync worker never sees a higher seq before a lower one commits).
 */
public final class SubmissionStore {

    /** Highest number per terminal and day ({@code <terminal>-<yyyyMMdd>-<4 digits>}). */
    public static final int MAX_PER_DAY = 9999;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Told after a submission and its outbox entry are committed (e.g. to wake the sync worker). */
    @FunctionalInterface
    public interface CommitListener {
        /** Runs on the committing thread, after the commit; must be quick and must not throw. */
        void committed(StoredSubmission submission);
    }

    private final DataSource dataSource;
    private final Runnable betweenInserts;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();

    public SubmissionStore(DataSource dataSource) {
        this(dataSource, () -> { });
    }

    /** For tests: {@code betweenInserts} runs after the business insert, before the outbox insert. */
    SubmissionStore(DataSource dataSource, Runnable betweenInserts) {
        this.dataSource = dataSource;
        this.betweenInserts = betweenInserts;
    }

    /** Adds a listener told after every commit of {@link #file}. */
    public void addCommitListener(CommitListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Commits the submission and its outbox entry, or nothing; {@link StoreException} when nothing was committed. */
    public StoredSubmission file(NewSubmission s) {
        return file(s, (c, stored) -> { });
    }

    /** Rows another repository writes in a submission's own transaction (a payment order beside its submission). */
    interface Alongside {
        void write(Connection c, StoredSubmission stored) throws SQLException;
    }

    /**
     * Commits the submission, its outbox entry and what {@code alongside} writes, or none of it;
     * {@link StoreException} when nothing was committed (an {@code alongside} runtime exception is rethrown as it is).
     * The commit listeners hear of it afterwards.
     */
    StoredSubmission file(NewSubmission s, Alongside alongside) {
        StoredSubmission stored = commit(s, alongside);
        for (CommitListener l : listeners) {
            try {
                l.committed(stored);
            } catch (RuntimeException e) {
                // the submission is committed; a listener's failure must not make it look lost
                LoggerFactory.getLogger(SubmissionStore.class).warn("commit listener failed after {}", stored.acceptanceNo(), e);
            }
        }
        return stored;
    }

    private StoredSubmission commit(NewSubmission s, Alongside alongside) {
        UUID submissionId = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();
        try {
            return Transactions.inTransaction(dataSource, c -> {
                String secret = lockAndReadSecret(c);
                String acceptanceNo = nextAcceptanceNo(c, s.terminalId(), s.createdAt().toLocalDate());
                insertSubmission(c, s, submissionId, acceptanceNo, residentKey(secret, s.resident()));
                betweenInserts.run();
                long seq = insertOutbox(c, entryId, submissionId, s.kind(), s.createdAt(), acceptanceNo, s.drill(),
                        s.payloadJson());
                AuditLog.insert(c, s.createdAt().toInstant(), s.terminalId(), s.clerkId().isPresent() ? "clerk" : "resident",
                        s.clerkId().orElse(s.resident().masked()), "submission.filed", s.kind() + " " + acceptanceNo
                                + ", identity " + s.identityMethod().name().toLowerCase(Locale.ROOT)
                                + (s.checkAtWindow() ? " (check at the window)" : "")
                                + s.agent().map(a -> ", agent " + a.masked()).orElse("")
                                + ", outbox seq " + seq + (s.drill() ? ", drill" : ""));
                StoredSubmission stored = new StoredSubmission(submissionId, entryId, seq, acceptanceNo, s.createdAt());
                alongside.write(c, stored);
                return stored;
            });
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot file " + s.kind() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends an outbox entry that follows up an earlier submission (it has no business row of its
     * own, so {@code submission_id} stays empty), on the caller's transaction. Takes the writers' lock
     * first, so seq order stays commit order. Returns the entry's seq.
     */
    static long appendFollowUp(Connection c, UUID entryId, String kind, OffsetDateTime createdAt, String acceptanceNo,
                               boolean drill, String payloadJson) throws SQLException {
        lockWriters(c);
        return insertOutbox(c, entryId, null, kind, createdAt, acceptanceNo, drill, payloadJson);
    }

    /** The key under which a resident's submissions are found, without storing the ID number in a column. */
    public String residentKey(IdNumber id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kiosk_meta WHERE meta_key = 'resident-key'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.DATABASE, "database has no resident-key row", null);
            }
            return residentKey(rs.getString(1), id);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read the resident key: " + e.getMessage(), e);
        }
    }

    /** Every outbox writer takes the epoch row first: seq order is commit order. Held until the transaction ends. */
    static void lockWriters(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kiosk_meta WHERE meta_key = 'epoch' FOR UPDATE")) {
            ps.executeQuery().close();
        }
    }

    private static String lockAndReadSecret(Connection c) throws SQLException {
        lockWriters(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kiosk_meta WHERE meta_key = 'resident-key'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("database has no resident-key row");
            }
            return rs.getString(1);
        }
    }

    private static String nextAcceptanceNo(Connection c, String terminalId, LocalDate day) throws SQLException {
        int n;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_number FROM acceptance_counter WHERE terminal_id = ? AND local_day = ? FOR UPDATE")) {
            ps.setString(1, terminalId);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                n = rs.next() ? rs.getInt(1) : 1;
            }
        }
        if (n > MAX_PER_DAY) {
            throw new StoreException(StoreException.Kind.DATABASE, "terminal " + terminalId + " has used all "
                    + MAX_PER_DAY + " acceptance numbers of " + day, null);
        }
        String sql = n == 1
                ? "INSERT INTO acceptance_counter (next_number, terminal_id, local_day) VALUES (?, ?, ?)"
                : "UPDATE acceptance_counter SET next_number = ? WHERE terminal_id = ? AND local_day = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, n + 1);
            ps.setString(2, terminalId);
            ps.setObject(3, day);
            ps.executeUpdate();
        }
        return terminalId + "-" + DAY.format(day) + "-" + String.format(Locale.ROOT, "%04d", n);
    }

    private static void insertSubmission(Connection c, NewSubmission s, UUID id, String acceptanceNo, String residentKey)
            throws SQLException {
        String sql = "INSERT INTO submission (id, acceptance_no, kind, created_at, terminal_id, resident_masked, resident_key, "
                + "identity_method, identity_verified, check_at_window, agent_masked, agent_relationship, clerk_id, drill, "
                + "payload, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'filed')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.setString(2, acceptanceNo);
            ps.setString(3, s.kind());
            ps.setObject(4, s.createdAt());
            ps.setString(5, s.terminalId());
            ps.setString(6, s.resident().masked());
            ps.setString(7, residentKey);
            ps.setString(8, s.identityMethod().name().toLowerCase(Locale.ROOT));
            ps.setBoolean(9, s.identityMethod().verified());
            ps.setBoolean(10, s.checkAtWindow());
            ps.setString(11, s.agent().map(IdNumber::masked).orElse(null));
            ps.setString(12, s.agentRelationship().orElse(null));
            ps.setString(13, s.clerkId().orElse(null));
            ps.setBoolean(14, s.drill());
            ps.setString(15, s.payloadJson());
            ps.executeUpdate();
        }
    }

    private static long insertOutbox(Connection c, UUID entryId, UUID submissionId, String kind, OffsetDateTime createdAt,
                                     String acceptanceNo, boolean drill, String payloadJson) throws SQLException {
        String sql = "INSERT INTO outbox (id, submission_id, kind, created_at, acceptance_no, drill, payload, state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"SEQ"})) {
            ps.setObject(1, entryId);
            ps.setObject(2, submissionId);
            ps.setString(3, kind);
            ps.setObject(4, createdAt);
            ps.setString(5, acceptanceNo);
            ps.setBoolean(6, drill);
            ps.setString(7, payloadJson);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no seq generated for the outbox entry");
                }
                return keys.getLong(1);
            }
        }
    }

    private static String residentKey(String secret, IdNumber id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
