package io.anxin.kiosk.service.payment;

import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.approved;
import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.says;
import static io.anxin.kiosk.device.pay.ScriptedPaymentTerminal.unreachable;
import static io.anxin.kiosk.service.payment.PaymentFixture.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.pay.ScriptedPaymentTerminal;
import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal;
import io.anxin.kiosk.device.pay.TerminalOutcome;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.store.PaymentOrderState;

class PaymentRecoveryTest {

    @TempDir
    Path dir;

    PaymentFixture f;

    @BeforeEach
    void open() {
        f = new PaymentFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A kiosk that dies while the terminal handles the charge: the order is left charging (an Error: nothing catches it). */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Pays through {@code terminal} and "crashes" right after its charge returned, before anything is recorded. */
    void payAndCrash(SimulatedPaymentTerminal terminal, SimulatedPaymentTerminal.Behaviour behaviour) {
        terminal.script(behaviour);
        ScriptedPaymentTerminal dying = new ScriptedPaymentTerminal().onCharge(id -> {
            try {
                terminal.charge(id, new java.math.BigDecimal("380.00"));
            } catch (RuntimeException ignored) {
                // unplugged: the crash follows all the same
            }
            throw new Crash();
        });
        assertThatThrownBy(() -> f.payment(dying).pay(ORDER)).isInstanceOf(Crash.class);
    }

    PaymentOrderState state(String orderId) {
        return f.orders.find(orderId).orElseThrow().state();
    }

    @Test
    void ordersLeftChargingAreSettledByQueryNeverCharged() throws SQLException {
        SimulatedPaymentTerminal sim = new SimulatedPaymentTerminal(dir.resolve("ledger.tsv"), Duration.ZERO);
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.APPROVE);                  // o-1: money taken
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.DECLINE);                  // o-2
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.CANCEL);                   // o-3
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.TIME_OUT_BEFORE_CHARGING); // o-4: never reached the card
        assertThat(f.orders.unsettled()).hasSize(4);

        SimulatedPaymentTerminal afterRestart = new SimulatedPaymentTerminal(dir.resolve("ledger.tsv"), Duration.ZERO);
        PaymentRecovery.Report report = f.recovery(afterRestart).recover();

        assertThat(report).isEqualTo(new PaymentRecovery.Report(4, 1, 3, 0, 0));
        assertThat(state("o-1")).isEqualTo(PaymentOrderState.PAID);
        assertThat(f.orders.find("o-1").orElseThrow().terminalRef()).isEqualTo(afterRestart.query("o-1").reference());
        assertThat(state("o-2")).isEqualTo(PaymentOrderState.DECLINED);
        assertThat(state("o-3")).isEqualTo(PaymentOrderState.CANCELLED);
        assertThat(state("o-4")).isEqualTo(PaymentOrderState.NOT_CHARGED);
        assertThat(afterRestart.ledger()).allSatisfy(e -> assertThat(e.chargeCalls()).isEqualTo(1));
        assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay.result'")).isEqualTo(4);
        assertThat(f.column("SELECT payload FROM outbox WHERE kind = 'contribution.pay.result' ORDER BY seq"))
                .containsExactly("{\"orderId\":\"o-1\",\"status\":\"paid\",\"terminalReference\":\"SIM000000001\"}",
                        "{\"orderId\":\"o-2\",\"status\":\"declined\",\"terminalReference\":null}",
                        "{\"orderId\":\"o-3\",\"status\":\"cancelled\",\"terminalReference\":null}",
                        "{\"orderId\":\"o-4\",\"status\":\"not-charged\",\"terminalReference\":null}");

        assertThat(f.recovery(afterRestart).recover()).as("a second run finds nothing")
                .isEqualTo(new PaymentRecovery.Report(0, 0, 0, 0, 0));
        assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay.result'")).isEqualTo(4);
    }

    @Test
    void recoveryOnlyQueriesAndWaitsThroughTimeOutsWithinItsBound() {
        SimulatedPaymentTerminal sim = new SimulatedPaymentTerminal(dir.resolve("ledger.tsv"), Duration.ZERO);
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.APPROVE);

        ScriptedPaymentTerminal terminal = new ScriptedPaymentTerminal()
                .onQuery(says(TerminalOutcome.TIMEOUT), unreachable(), approved("POS-7"));
        PaymentRecovery.Report report = f.recovery(terminal).recover();

        assertThat(terminal.calls()).containsExactly("query o-1", "query o-1", "query o-1");
        assertThat(report.paid()).isEqualTo(1);
        assertThat(f.orders.find("o-1").orElseThrow().terminalRef()).contains("POS-7");
    }

    @Test
    void anUnreachableTerminalMakesOrdersUnconfirmedAndALaterRunSettlesThem() throws SQLException {
        SimulatedPaymentTerminal sim = new SimulatedPaymentTerminal(dir.resolve("ledger.tsv"), Duration.ZERO);
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.APPROVE);   // o-1
        payAndCrash(sim, SimulatedPaymentTerminal.Behaviour.DECLINE);   // o-2

        ScriptedPaymentTerminal gone = new ScriptedPaymentTerminal().onQuery(unreachable(), unreachable(), unreachable());
        PaymentRecovery.Report first = f.recovery(gone).recover();

        assertThat(gone.calls()).as("bounded, and no more questions once the terminal does not answer")
                .containsExactly("query o-1", "query o-1", "query o-1");
        assertThat(first).isEqualTo(new PaymentRecovery.Report(2, 0, 0, 2, 2));
        assertThat(state("o-1")).isEqualTo(PaymentOrderState.UNCONFIRMED);
        assertThat(state("o-2")).isEqualTo(PaymentOrderState.UNCONFIRMED);

        PaymentRecovery.Report second = f.recovery(sim).recover();

        assertThat(second).isEqualTo(new PaymentRecovery.Report(2, 1, 1, 0, 0));
        assertThat(state("o-1")).isEqualTo(PaymentOrderState.PAID);
        assertThat(state("o-2")).isEqualTo(PaymentOrderState.DECLINED);
        assertThat(f.column("SELECT payload FROM outbox WHERE kind = 'contribution.pay.result' ORDER BY seq"))
                .as("the central server learns 'unconfirmed' first and the settlement after")
                .containsExactly("{\"orderId\":\"o-1\",\"status\":\"unconfirmed\",\"terminalReference\":null}",
                        "{\"orderId\":\"o-2\",\"status\":\"unconfirmed\",\"terminalReference\":null}",
                        "{\"orderId\":\"o-1\",\"status\":\"paid\",\"terminalReference\":\"SIM000000001\"}",
                        "{\"orderId\":\"o-2\",\"status\":\"declined\",\"terminalReference\":null}");
    }

    @Test
    void aRecoveryRunBesideAPaymentWaitsForItAndLeavesItsOrderAlone() throws Exception {
        ScriptedPaymentTerminal terminal = new ScriptedPaymentTerminal();
        PaymentRecovery.Report[] report = new PaymentRecovery.Report[1];
        Thread[] recovery = new Thread[1];
        terminal.onCharge(id -> {
            // the order is committed and charging: a recovery run starts now, and must wait for this payment
            recovery[0] = new Thread(() -> report[0] = f.recovery(terminal).recover());
            recovery[0].start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (recovery[0].getState() != Thread.State.BLOCKED && recovery[0].isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return TerminalResult.approved(id, "POS-8");
        });

        PaymentResult r = f.payment(terminal).pay(ORDER);
        recovery[0].join(30_000);

        assertThat(r.status()).isEqualTo(PaymentResult.Status.PAID);
        assertThat(terminal.calls()).as("recovery asked nothing about the order being paid").containsExactly("charge o-1 380.00");
        assertThat(report[0]).isEqualTo(new PaymentRecovery.Report(0, 0, 0, 0, 0));
        assertThat(state("o-1")).isEqualTo(PaymentOrderState.PAID);
        assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'contribution.pay.result'")).isEqualTo(1);
    }

    @Test
    void settledOrdersAreNotAskedAbout() {
        ScriptedPaymentTerminal terminal = new ScriptedPaymentTerminal().onCharge(approved("POS-1"));
        f.payment(terminal).pay(ORDER);

        PaymentRecovery.Report report = f.recovery(terminal).recover();

        assertThat(report.examined()).isZero();
        assertThat(terminal.calls()).containsExactly("charge o-1 380.00");
    }
}
