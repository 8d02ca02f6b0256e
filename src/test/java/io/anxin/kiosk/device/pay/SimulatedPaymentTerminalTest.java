package io.anxin.kiosk.device.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal.Behaviour;

class SimulatedPaymentTerminalTest {

    static final BigDecimal FEE = new BigDecimal("380.00");

    @TempDir
    Path dir;

    SimulatedPaymentTerminal terminal() {
        return new SimulatedPaymentTerminal(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE), Duration.ZERO);
    }

    @Test
    void anUnscriptedChargeIsApprovedAndAQueryAfterARestartStillKnowsIt() {
        SimulatedPaymentTerminal first = terminal();
        TerminalResult charged = first.charge("o-1", FEE);
        assertThat(charged.outcome()).isEqualTo(TerminalOutcome.APPROVED);
        assertThat(charged.reference()).isPresent();

        SimulatedPaymentTerminal afterRestart = terminal();
        assertThat(afterRestart.query("o-1")).isEqualTo(charged);
        assertThat(afterRestart.ledger()).containsExactly(new LedgerEntry("o-1", FEE, TerminalOutcome.APPROVED,
                charged.reference(), 1));
        assertThat(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE + ".tmp")).doesNotExist();
    }

    @Test
    void chargingAKnownOrderAgainNeverChargesAgainAndCountsTheCall() {
        SimulatedPaymentTerminal t = terminal();
        TerminalResult first = t.charge("o-1", FEE);
        t.script(Behaviour.DECLINE);
        TerminalResult second = terminal().charge("o-1", new BigDecimal("380"));

        assertThat(second).isEqualTo(first);
        SimulatedPaymentTerminal reread = terminal();
        assertThat(reread.ledger()).hasSize(1);
        assertThat(reread.ledger().get(0).chargeCalls()).isEqualTo(2);
        assertThat(t.charge("o-2", FEE).outcome()).as("the script was not used up by the repeated charge")
                .isEqualTo(TerminalOutcome.DECLINED);
        assertThatThrownBy(() -> t.charge("o-1", new BigDecimal("1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another amount");
    }

    @Test
    void aQueryOfAnUnknownOrderSaysSo() {
        assertThat(terminal().query("never")).isEqualTo(TerminalResult.of("never", TerminalOutcome.UNKNOWN));
    }

    @Test
    void declinedAndCancelledChargesAreRecordedWithoutMoneyTaken() {
        SimulatedPaymentTerminal t = terminal();
        t.script(Behaviour.DECLINE, Behaviour.CANCEL);
        assertThat(t.charge("d", FEE)).isEqualTo(TerminalResult.of("d", TerminalOutcome.DECLINED));
        assertThat(t.charge("c", FEE)).isEqualTo(TerminalResult.of("c", TerminalOutcome.CANCELLED));
        assertThat(t.charge("a", FEE).outcome()).as("script used up: approve").isEqualTo(TerminalOutcome.APPROVED);
        SimulatedPaymentTerminal reread = terminal();
        assertThat(reread.query("d").outcome()).isEqualTo(TerminalOutcome.DECLINED);
        assertThat(reread.query("c").outcome()).isEqualTo(TerminalOutcome.CANCELLED);
        assertThat(reread.ledger()).extracting(LedgerEntry::orderId).containsExactly("d", "c", "a");
    }

    @Test
    void aTimeOutAfterChargingIsAnsweredByTheQuery() {
        SimulatedPaymentTerminal t = terminal();
        t.script(Behaviour.TIME_OUT_AFTER_CHARGING, Behaviour.TIME_OUT_BEFORE_CHARGING);
        assertThat(t.charge("after", FEE)).isEqualTo(TerminalResult.of("after", TerminalOutcome.TIMEOUT));
        assertThat(terminal().query("after").outcome()).isEqualTo(TerminalOutcome.APPROVED);

        assertThat(t.charge("before", FEE)).isEqualTo(TerminalResult.of("before", TerminalOutcome.TIMEOUT));
        assertThat(terminal().query("before").outcome()).isEqualTo(TerminalOutcome.UNKNOWN);
    }

    @Test
    void unpluggedCallsFailAndAChargeCutOffAfterTheMoneyWasTakenIsKnownOncePluggedIn() {
        SimulatedPaymentTerminal t = terminal();
        t.script(Behaviour.UNPLUGGED, Behaviour.UNPLUGGED_AFTER_CHARGING);
        assertThatThrownBy(() -> t.charge("u1", FEE)).isInstanceOf(PaymentTerminalException.class);
        assertThat(t.query("u1").outcome()).as("the pulled cable took nothing").isEqualTo(TerminalOutcome.UNKNOWN);

        assertThatThrownBy(() -> t.charge("u2", FEE)).isInstanceOf(PaymentTerminalException.class);
        assertThatThrownBy(() -> t.query("u2")).isInstanceOf(PaymentTerminalException.class);
        t.plugIn();
        assertThat(t.query("u2").outcome()).isEqualTo(TerminalOutcome.APPROVED);

        t.unplug();
        assertThatThrownBy(() -> t.charge("u3", FEE)).isInstanceOf(PaymentTerminalException.class)
                .hasMessageContaining("unplugged");
        t.plugIn();
        assertThat(t.query("u3").outcome()).isEqualTo(TerminalOutcome.UNKNOWN);
    }

    @Test
    void badOrderIdsAndAmountsAreRefusedBeforeAnythingHappens() {
        SimulatedPaymentTerminal t = terminal();
        assertThatThrownBy(() -> t.charge("has space", FEE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.charge("x".repeat(33), FEE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.charge("o", BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.charge("o", new BigDecimal("1.005"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.query(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.ledger()).isEmpty();
        assertThat(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE)).doesNotExist();
    }

    @Test
    void aLedgerThatCannotBeWrittenFailsTheChargeAndRecordsNothing() throws Exception {
        // the temporary file the ledger is written through cannot be made
        Files.createDirectories(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE + ".tmp"));
        SimulatedPaymentTerminal t = terminal();
        assertThatThrownBy(() -> t.charge("o-1", FEE)).isInstanceOf(PaymentTerminalException.class)
                .hasMessageContaining("ledger");
        assertThat(t.ledger()).isEmpty();
        assertThat(t.query("o-1").outcome()).isEqualTo(TerminalOutcome.UNKNOWN);
        assertThat(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE)).doesNotExist();
    }

    @Test
    void aDamagedLedgerNamesItsLine() throws Exception {
        Path ledger = dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE);
        Files.writeString(ledger, "# header\no-1\t380.00\tAPPROVED\tSIM1\t1\no-2\tnot-a-number\tAPPROVED\tSIM2\t1\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(this::terminal).isInstanceOf(PaymentTerminalException.class).hasMessageContaining("line 3");
        Files.writeString(ledger, "o-1\t380.00\tAPPROVED\t-\t1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(this::terminal).isInstanceOf(PaymentTerminalException.class)
                .hasMessageContaining("reference");
    }

    @Test
    void theLedgerFileIsPlainTextOneLinePerOrder() throws Exception {
        SimulatedPaymentTerminal t = terminal();
        String ref = t.charge("o-1", FEE).reference().orElseThrow();
        t.script(Behaviour.CANCEL);
        t.charge("o-2", new BigDecimal("12.5"));
        assertThat(Files.readAllLines(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE), StandardCharsets.UTF_8))
                .filteredOn(l -> !l.startsWith("#"))
                .containsExactly("o-1\t380.00\tAPPROVED\t" + ref + "\t1", "o-2\t12.5\tCANCELLED\t-\t1");
        assertThat(t.query("o-2").reference()).isEqualTo(Optional.empty());
    }
}
