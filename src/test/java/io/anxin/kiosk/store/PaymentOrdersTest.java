package io.anxin.kiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.ui.support.MutableClock;

class PaymentOrdersTest {

    static final BigDecimal FEE = new BigDecimal("380.00");

    @TempDir
    Path dir;

    Database db;
    PaymentOrders orders;
    FileSubmission files;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:15:03.120Z"), SubmissionStoreTest.SHANGHAI);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        SubmissionStore store = new SubmissionStore(db.dataSource());
        orders = new PaymentOrders(db.dataSource(), store);
        files = new FileSubmission(store, clock, "T-1");
    }

    @AfterEach
    void close() {
        db.close();
    }

    FiledSubmission openOrder(String orderId) {
        return files.file("contribution.pay", SubmissionStoreTest.CARD, Map.of("orderId", orderId),
                s -> orders.open(s, new NewPaymentOrder(orderId, FEE, 2027, "urban")));
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Test
    void anOrderIsCommittedWithItsSubmissionAndOutboxEntryInStateCharging() throws SQLException {
        FiledSubmission f = openOrder("o-1");

        PaymentOrder order = orders.find("o-1").orElseThrow();
        assertThat(order.submissionId()).isEqualTo(f.submissionId());
        assertThat(order.acceptanceNo()).isEqualTo(f.acceptanceNo());
        assertThat(order.amount()).isEqualByComparingTo(FEE);
        assertThat(order.year()).isEqualTo(2027);
        assertThat(order.category()).isEqualTo("urban");
        assertThat(order.state()).isEqualTo(PaymentOrderState.CHARGING);
        assertThat(order.terminalRef()).isEmpty();
        assertThat(order.createdAt()).isEqualTo(f.createdAt());
        assertThat(order.settledAt()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay' AND submission_id = '" + f.submissionId()
                + "'")).isEqualTo(1);
        assertThat(orders.unsettled()).extracting(PaymentOrder::orderId).containsExactly("o-1");
    }

    @Test
    void anOrderThatCannotBeWrittenTakesItsSubmissionAndOutboxEntryWithIt() throws SQLException {
        openOrder("o-1");
        assertThatThrownBy(() -> openOrder("o-1")).isInstanceOf(StoreException.class).hasMessageContaining("contribution.pay");

        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isEqualTo(1);
        assertThat(openOrder("o-2").acceptanceNo()).as("the rolled-back acceptance number is given again")
                .isEqualTo("T-1-20261122-0002");
    }

    @Test
    void settlingWritesTheStateAndOneFollowUpEntryWithTheAcceptanceNumber() throws SQLException {
        FiledSubmission f = openOrder("o-1");
        clock.advance(Duration.ofSeconds(20));

        Optional<Long> seq = orders.settle("o-1", PaymentOrderState.PAID, Optional.of("REF-9"), now(),
                "contribution.pay.result", "{\"orderId\":\"o-1\",\"status\":\"paid\"}");

        assertThat(seq).hasValueSatisfying(s -> assertThat(s).isGreaterThan(f.seq()));
        PaymentOrder order = orders.find("o-1").orElseThrow();
        assertThat(order.state()).isEqualTo(PaymentOrderState.PAID);
        assertThat(order.terminalRef()).contains("REF-9");
        assertThat(order.settledAt()).contains(now());
        OutboxEntry result = new Outbox(db.dataSource(), clock, "T-1").list(Optional.empty()).get(1);
        assertThat(result.seq()).isEqualTo(seq.get());
        assertThat(result.kind()).isEqualTo("contribution.pay.result");
        assertThat(result.acceptanceNo()).contains(f.acceptanceNo());
        assertThat(result.payloadJson()).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"paid\"}");
        assertThat(result.state()).isEqualTo(OutboxState.PENDING);
        AuditEvent audit = new AuditLog(db.dataSource(), clock, "T-1").latest(1).get(0);
        assertThat(audit.action()).isEqualTo("payment.settled");
        assertThat(audit.terminalId()).isEqualTo("T-1");
        assertThat(audit.detail()).contains("o-1").contains("charging -> paid").contains("REF-9");
        assertThat(orders.unsettled()).isEmpty();
    }

    @Test
    void aSettledOrderNeverChangesAndGetsNoSecondEntry() throws SQLException {
        openOrder("o-1");
        assertThat(orders.settle("o-1", PaymentOrderState.DECLINED, Optional.empty(), now(), "contribution.pay.result", "{}"))
                .isPresent();
        assertThat(orders.settle("o-1", PaymentOrderState.PAID, Optional.of("R"), now(), "contribution.pay.result", "{}"))
                .isEmpty();
        assertThat(orders.settle("o-1", PaymentOrderState.DECLINED, Optional.empty(), now(), "contribution.pay.result", "{}"))
                .isEmpty();
        assertThat(orders.find("o-1").orElseThrow().state()).isEqualTo(PaymentOrderState.DECLINED);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay.result'")).isEqualTo(1);
    }

    @Test
    void anUnconfirmedOrderIsSettledLaterOnceAndStaysUnconfirmedWithoutANewEntryMeanwhile() throws SQLException {
        openOrder("o-1");
        assertThat(orders.settle("o-1", PaymentOrderState.UNCONFIRMED, Optional.empty(), now(), "contribution.pay.result", "{}"))
                .isPresent();
        assertThat(orders.settle("o-1", PaymentOrderState.UNCONFIRMED, Optional.empty(), now(), "contribution.pay.result", "{}"))
                .isEmpty();
        assertThat(orders.unsettled()).extracting(PaymentOrder::state).containsExactly(PaymentOrderState.UNCONFIRMED);
        assertThat(orders.settle("o-1", PaymentOrderState.PAID, Optional.of("R"), now(), "contribution.pay.result", "{}"))
                .isPresent();
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay.result'")).isEqualTo(2);
        assertThat(orders.unsettled()).isEmpty();
    }

    @Test
    void aFailedFollowUpEntryLeavesTheOrderAsItWas() throws SQLException {
        openOrder("o-1");
        String tooLongKind = "contribution.pay.result." + "x".repeat(64);
        assertThatThrownBy(() -> orders.settle("o-1", PaymentOrderState.PAID, Optional.of("R"), now(), tooLongKind, "{}"))
                .isInstanceOf(StoreException.class).hasMessageContaining("o-1");

        assertThat(orders.find("o-1").orElseThrow().state()).isEqualTo(PaymentOrderState.CHARGING);
        assertThat(count("SELECT COUNT(*) FROM outbox")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'payment.settled'")).isZero();
    }

    @Test
    void wrongSettlementsAreRefused() {
        openOrder("o-1");
        assertThatThrownBy(() -> orders.settle("o-1", PaymentOrderState.CHARGING, Optional.empty(), now(), "k", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.settle("o-1", PaymentOrderState.PAID, Optional.empty(), now(), "k", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.settle("o-1", PaymentOrderState.DECLINED, Optional.of("R"), now(), "k", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.settle("nope", PaymentOrderState.DECLINED, Optional.empty(), now(), "k", "{}"))
                .isInstanceOf(StoreException.class).hasMessageContaining("no payment order nope");
        assertThat(orders.find("o-1").orElseThrow().state()).isEqualTo(PaymentOrderState.CHARGING);
    }

    @Test
    void unsettledListsChargingAndUnconfirmedOrdersOldestFirst() {
        openOrder("b");
        clock.advance(Duration.ofSeconds(1));
        openOrder("a");
        clock.advance(Duration.ofSeconds(1));
        openOrder("c");
        orders.settle("c", PaymentOrderState.UNCONFIRMED, Optional.empty(), now(), "contribution.pay.result", "{}");
        openOrder("d");
        orders.settle("d", PaymentOrderState.NOT_CHARGED, Optional.empty(), now(), "contribution.pay.result", "{}");

        List<PaymentOrder> open = orders.unsettled();
        assertThat(open).extracting(PaymentOrder::orderId).containsExactly("b", "a", "c");
    }

    @Test
    void stateCodesRoundTrip() {
        for (PaymentOrderState s : PaymentOrderState.values()) {
            assertThat(PaymentOrderState.fromCode(s.code())).isEqualTo(s);
        }
        assertThat(PaymentOrderState.NOT_CHARGED.code()).isEqualTo("not-charged");
        assertThatThrownBy(() -> PaymentOrderState.fromCode("refunded")).isInstanceOf(IllegalArgumentException.class);
    }
}
