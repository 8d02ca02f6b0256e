package io.anxin.kiosk.service.payment;

import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.approved;
import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.says;
import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.unreachable;
import static io.anxin.kiosk.service.payment.PaymentFixture.ORDER;
import static io.anxin.kiosk.service.payment.PaymentFixture.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.pay.ScriptedPaymentTerminal;
import io.anxin.kiosk.device.pay.TerminalOutcome;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.PaymentOrder;
import io.anxin.kiosk.store.PaymentOrderState;
import io.anxin.kiosk.store.StoreException;

class PayContributionTest {

    @TempDir
    Path dir;

    PaymentFixture f;
    final ScriptedPaymentTerminal terminal = new ScriptedPaymentTerminal();

    @BeforeEach
    void open() {
        f = new PaymentFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    PaymentResult pay() {
        return f.payment(terminal).pay(ORDER);
    }

    PaymentOrder order(String id) {
        return f.orders.find(id).orElseThrow();
    }

    /** The contribution.pay.result entries' payloads, in seq order. */
    List<String> results() {
        return f.outbox().stream().filter(e -> e.kind().equals("contribution.pay.result")).map(OutboxEntry::payloadJson).toList();
    }

    @Test
    void anApprovedChargeIsCommittedBeforeTheTerminalIsAskedAndRecordedBeforeTheResultIsReturned() throws SQLException {
        terminal.onCharge(id -> {
            // at the moment of the charge: submission, its outbox entry and the order are committed
            try {
                assertThat(f.count("SELECT COUNT(*) FROM submission s JOIN outbox o ON o.submission_id = s.id "
                        + "JOIN payment_order p ON p.submission_id = s.id WHERE s.kind = 'contribution.pay' "
                        + "AND p.state = 'charging' AND p.order_id = '" + id + "'")).isEqualTo(1);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return TerminalResult.approved(id, "POS-0001");
        });

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.PAID);
        assertThat(r.orderId()).isEqualTo("o-1");
        assertThat(r.messageKey()).isEqualTo("payment.paid");
        FiledSubmission filed = r.filed().orElseThrow();
        assertThat(filed.acceptanceNo()).isEqualTo("T-1-20261122-0001");
        assertThat(filed.kind()).isEqualTo("contribution.pay");
        PaymentOrder order = order("o-1");
        assertThat(order.state()).isEqualTo(PaymentOrderState.PAID);
        assertThat(order.terminalRef()).contains("POS-0001");
        assertThat(order.amount()).isEqualByComparingTo("380.00");
        assertThat(order.year()).isEqualTo(2027);
        assertThat(order.category()).isEqualTo("urban-rural");

        List<OutboxEntry> outbox = f.outbox();
        assertThat(outbox).extracting(OutboxEntry::kind).containsExactly("contribution.pay", "contribution.pay.result");
        assertThat(outbox.get(0).payloadJson()).contains("\"fields\":{\"orderId\":\"o-1\",\"year\":2027,"
                + "\"category\":\"urban-rural\",\"amount\":\"380.00\"}");
        assertThat(outbox.get(1).payloadJson())
                .isEqualTo("{\"orderId\":\"o-1\",\"status\":\"paid\",\"terminalReference\":\"POS-0001\"}");
        assertThat(outbox.get(1).acceptanceNo()).contains(filed.acceptanceNo());
        assertThat(outbox.get(1).seq()).isGreaterThan(outbox.get(0).seq());
    }

    @Test
    void aDeclinedCardChargesNothingAndTheSubmissionStandsWithItsResult() throws SQLException {
        terminal.onCharge(says(TerminalOutcome.DECLINED));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(r.messageKey()).isEqualTo("payment.declined");
        assertThat(r.filed()).isEmpty();
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.DECLINED);
        assertThat(f.count("SELECT COUNT(*) FROM submission WHERE kind = 'contribution.pay'")).isEqualTo(1);
        assertThat(results()).containsExactly("{\"orderId\":\"o-1\",\"status\":\"declined\",\"terminalReference\":null}");
    }

    @Test
    void aCancelOnTheTerminalIsADeclineWithItsOwnWords() {
        terminal.onCharge(says(TerminalOutcome.CANCELLED));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(r.messageKey()).isEqualTo("payment.cancelled");
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.CANCELLED);
        assertThat(results()).containsExactly("{\"orderId\":\"o-1\",\"status\":\"cancelled\",\"terminalReference\":null}");
    }

    @Test
    void afterATimeOutTheTerminalIsQueriedNeverChargedAgain() {
        terminal.onCharge(says(TerminalOutcome.TIMEOUT)).onQuery(says(TerminalOutcome.TIMEOUT), approved("POS-0002"));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.PAID);
        assertThat(order("o-1").terminalRef()).contains("POS-0002");
        assertThat(results()).containsExactly("{\"orderId\":\"o-1\",\"status\":\"paid\",\"terminalReference\":\"POS-0002\"}");
    }

    @Test
    void aTimeOutTheTerminalNeverAnswersForIsUnconfirmedAfterTheBoundedQueries() {
        terminal.onCharge(says(TerminalOutcome.TIMEOUT))
                .onQuery(says(TerminalOutcome.TIMEOUT), unreachable(), says(TerminalOutcome.TIMEOUT));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1", "query o-1", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.UNCONFIRMED);
        assertThat(r.messageKey()).isEqualTo("payment.unconfirmed");
        assertThat(r.filed()).as("the resident keeps a receipt to show at the window").isPresent();
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.UNCONFIRMED);
        assertThat(results()).containsExactly("{\"orderId\":\"o-1\",\"status\":\"unconfirmed\",\"terminalReference\":null}");
    }

    @Test
    void aTimeOutTheTerminalHasNoRecordOfChargedNothing() {
        terminal.onCharge(says(TerminalOutcome.TIMEOUT)).onQuery(says(TerminalOutcome.UNKNOWN));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(r.messageKey()).isEqualTo("payment.not-charged");
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.NOT_CHARGED);
    }

    @Test
    void anUnreachableTerminalThatTookNothingSaysTheTerminalIsUnavailable() {
        terminal.onCharge(unreachable()).onQuery(says(TerminalOutcome.UNKNOWN));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(r.messageKey()).isEqualTo("payment.terminal-unavailable");
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.NOT_CHARGED);
    }

    @Test
    void aChargeCutOffAfterTheMoneyWasTakenIsFoundByTheQuery() {
        terminal.onCharge(unreachable()).onQuery(unreachable(), approved("POS-0003"));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.PAID);
        assertThat(order("o-1").terminalRef()).contains("POS-0003");
    }

    @Test
    void anUnexpectedFaultInTheAdapterIsTreatedLikeATimeOut() {
        terminal.onCharge(id -> {
            throw new IllegalStateException("adapter bug");
        }).onQuery(says(TerminalOutcome.DECLINED));

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(r.messageKey()).isEqualTo("payment.declined");
    }

    @Test
    void aTerminalGoneForGoodLeavesThePaymentUnconfirmed() {
        terminal.onCharge(unreachable()).onQuery(unreachable(), unreachable(), unreachable());

        PaymentResult r = pay();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "query o-1", "query o-1", "query o-1");
        assertThat(r.status()).isEqualTo(PaymentResult.Status.UNCONFIRMED);
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.UNCONFIRMED);
    }

    @Test
    void whenNothingCanBeCommittedTheTerminalIsNeverAsked() throws SQLException {
        f.data.fail(true);

        assertThatThrownBy(this::pay).isInstanceOf(StoreException.class).hasMessageContaining("contribution.pay");
        assertThat(terminal.calls()).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM submission")).isZero();
    }

    @Test
    void whenTheOutcomeCannotBeRecordedTheResidentIsToldUnconfirmedAndRecoverySettlesItLater() {
        terminal.onCharge(id -> {
            f.data.fail(true); // the database goes away while the resident is at the terminal
            return TerminalResult.approved(id, "POS-0004");
        });

        PaymentResult r = pay();
        f.close();

        assertThat(terminal.calls()).containsExactly("charge o-1 380.00");
        assertThat(r.status()).as("never 'paid' without a record").isEqualTo(PaymentResult.Status.UNCONFIRMED);
        assertThat(r.messageKey()).isEqualTo("payment.unconfirmed");

        f.reopen();
        assertThat(order("o-1").state()).as("left for recovery").isEqualTo(PaymentOrderState.CHARGING);
        ScriptedPaymentTerminal afterRestart = new ScriptedPaymentTerminal().onQuery(approved("POS-0004"));
        PaymentRecovery.Report report = f.recovery(afterRestart).recover();

        assertThat(afterRestart.calls()).containsExactly("query o-1");
        assertThat(report.paid()).isEqualTo(1);
        assertThat(order("o-1").state()).isEqualTo(PaymentOrderState.PAID);
        assertThat(order("o-1").terminalRef()).contains("POS-0004");
    }

    @Test
    void badOrdersAreRefusedBeforeAnythingIsCommittedOrCharged() throws SQLException {
        PayContribution pay = f.payment(terminal);
        assertThatThrownBy(() -> pay.pay(new ContributionOrder(RESIDENT, "urban-rural", 2027, new BigDecimal("380.005"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> pay.pay(new ContributionOrder(RESIDENT, "urban-rural", 1999, new BigDecimal("380"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> pay.pay(new ContributionOrder(RESIDENT, "城乡居民", 2027, new BigDecimal("380"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
        assertThat(terminal.calls()).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM submission")).isZero();
    }

    @Test
    void eachPaymentHasItsOwnOrderId() {
        terminal.onCharge(approved("POS-1"), says(TerminalOutcome.DECLINED));
        PayContribution pay = f.payment(terminal);

        assertThat(pay.pay(ORDER).orderId()).isEqualTo("o-1");
        assertThat(pay.pay(ORDER).orderId()).isEqualTo("o-2");
        assertThat(terminal.calls()).containsExactly("charge o-1 380.00", "charge o-2 380.00");
    }

    @Test
    void theRealOrderIdsFitEveryTerminal() {
        io.anxin.kiosk.device.pay.SimulatedPaymentTerminal sim = new io.anxin.kiosk.device.pay.SimulatedPaymentTerminal(
                dir.resolve("ledger.tsv"), java.time.Duration.ZERO);
        PaymentResult r = new PayContribution(f.files, f.orders, sim, f.clock, PaymentFixture.THREE_QUICK).pay(ORDER);

        assertThat(r.status()).isEqualTo(PaymentResult.Status.PAID);
        assertThat(r.orderId()).matches("[0-9a-f]{32}");
        assertThat(sim.query(r.orderId()).reference()).isEqualTo(order(r.orderId()).terminalRef());
    }
}
