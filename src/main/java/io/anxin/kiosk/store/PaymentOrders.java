package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Contribution payment orders (V3__payment.sql). {@link #open} commits the {@code contribution.pay}
 * submission, its outbox entry and the order in state charging in one transaction, before the
 * terminal is asked to charge. {@link #settle} records the outcome and its follow-up outbox entry
 * in one transaction, once per state change: settling an order that is already settled (by a
 * concurrent recovery, say) changes nothing and writes no second entry.
 *
 * <p>Thread-safe: each call uses its own connection. Writers take the same lock as
 * {@link SubmissionStore}, first, so outbox seq order is commit order and no two writers deadlock.
 */
public final class PaymentOrders {

    private static final String COLUMNS = "p.order_id, p.submission_id, s.acceptance_no, p.amount, p.contribution_year, "
            + "p.category, p.state, p.terminal_ref, p.created_at, p.settled_at";

    private final DataSource dataSource;
    private final SubmissionStore submissions;

    public PaymentOrders(DataSource dataSource, SubmissionStore submissions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
    }

    /**
     * Commits {@code submission} with its outbox entry and {@code order} in state charging, or nothing;
     * {@link StoreException} when nothing was committed (an order id used before is one).
     */
    public StoredSubmission open(NewSubmission submission, NewPaymentOrder order) {
        return submissions.file(submission, (c, stored) -> {
            String sql = "INSERT INTO payment_order (order_id, submission_id, amount, contribution_year, category, state, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, 'charging', ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, order.orderId());
                ps.setObject(2, stored.submissionId());
                ps.setBigDecimal(3, order.amount());
                ps.setInt(4, order.year());
                ps.setString(5, order.category());
                ps.setObject(6, submission.createdAt());
                ps.executeUpdate();
            }
        });
    }

    /**
     * Moves an open order (charging or unconfirmed) to {@code state} and appends the follow-up outbox
     * entry {@code resultKind} with {@code resultPayloadJson}, carrying the submission's acceptance
     * number, in one transaction.
     *
     * @param terminalRef present exactly for {@link PaymentOrderState#PAID}
     * @return the follow-up entry's seq; empty, and nothing written, when the order is not open or
     *         already in {@code state}
     * @throws StoreException when the order does not exist or nothing could be written
     */
    public Optional<Long> settle(String orderId, PaymentOrderState state, Optional<String> terminalRef, OffsetDateTime at,
                                 String resultKind, String resultPayloadJson) {
        if (state == PaymentOrderState.CHARGING) {
            throw new IllegalArgumentException("an order is settled to an outcome, not back to charging");
        }
        if ((state == PaymentOrderState.PAID) != terminalRef.isPresent()) {
            throw new IllegalArgumentException("a terminal reference comes with paid and only with paid, not with " + state);
        }
        try {
            return Transactions.inTransaction(dataSource, c -> {
                SubmissionStore.lockWriters(c);
                PaymentOrder order = find(c, orderId).orElseThrow(() -> new StoreException(StoreException.Kind.DATABASE,
                        "no payment order " + orderId, null));
                if (!order.state().open() || order.state() == state) {
                    return Optional.<Long>empty();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE payment_order SET state = ?, terminal_ref = ?, "
                        + "settled_at = ? WHERE order_id = ?")) {
                    ps.setString(1, state.code());
                    ps.setString(2, terminalRef.orElse(null));
                    ps.setObject(3, at);
                    ps.setString(4, orderId);
                    ps.executeUpdate();
                }
                Origin origin = origin(c, order.submissionId());
                long seq = SubmissionStore.appendFollowUp(c, UUID.randomUUID(), resultKind, at, order.acceptanceNo(),
                        origin.drill(), resultPayloadJson);
                AuditLog.insert(c, at.toInstant(), origin.terminalId(), "kiosk", null, "payment.settled", "order " + orderId + " ("
                        + order.acceptanceNo() + ") " + order.state().code() + " -> " + state.code()
                        + terminalRef.map(r -> ", terminal ref " + r).orElse("") + ", outbox seq " + seq);
                return Optional.of(seq);
            });
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot settle payment order " + orderId + ": "
                    + e.getMessage(), e);
        }
    }

    /** Orders a later answer of the terminal may still settle (charging, unconfirmed), oldest first. */
    public List<PaymentOrder> unsettled() {
        return query("SELECT " + COLUMNS + " FROM payment_order p JOIN submission s ON s.id = p.submission_id "
                + "WHERE p.state IN ('charging', 'unconfirmed') ORDER BY p.created_at, p.order_id", null);
    }

    public Optional<PaymentOrder> find(String orderId) {
        return query("SELECT " + COLUMNS + " FROM payment_order p JOIN submission s ON s.id = p.submission_id "
                + "WHERE p.order_id = ?", orderId).stream().findFirst();
    }

    private List<PaymentOrder> query(String sql, String orderId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (orderId != null) {
                ps.setString(1, orderId);
            }
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read payment orders: " + e.getMessage(), e);
        }
    }

    private static Optional<PaymentOrder> find(Connection c, String orderId) throws SQLException {
        // no FOR UPDATE needed: the caller holds the writers' lock
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM payment_order p "
                + "JOIN submission s ON s.id = p.submission_id WHERE p.order_id = ?")) {
            ps.setString(1, orderId);
            return read(ps).stream().findFirst();
        }
    }

    private record Origin(String terminalId, boolean drill) {
    }

    private static Origin origin(Connection c, UUID submissionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT terminal_id, drill FROM submission WHERE id = ?")) {
            ps.setObject(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("payment order without its submission " + submissionId);
                }
                return new Origin(rs.getString(1), rs.getBoolean(2));
            }
        }
    }

    private static List<PaymentOrder> read(PreparedStatement ps) throws SQLException {
        List<PaymentOrder> orders = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                orders.add(new PaymentOrder(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getString(6), PaymentOrderState.fromCode(rs.getString(7)),
                        Optional.ofNullable(rs.getString(8)), rs.getObject(9, OffsetDateTime.class),
                        Optional.ofNullable(rs.getObject(10, OffsetDateTime.class))));
            }
        }
        return orders;
    }
}
