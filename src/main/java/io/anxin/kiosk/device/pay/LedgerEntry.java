package io.anxin.kiosk.device.pay;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One order in the {@link SimulatedPaymentTerminal}'s ledger, the way a bank terminal keeps its
 * journal.
 *
 * @param outcome     {@link TerminalOutcome#APPROVED} (money taken), {@code DECLINED} or {@code CANCELLED}
 * @param chargeCalls how many times {@code charge} was called for this order id (more than one means
 *                    a caller charged the same order again; the terminal still took the money once)
 */
public record LedgerEntry(String orderId, BigDecimal amount, TerminalOutcome outcome, Optional<String> reference,
                          int chargeCalls) {

    public LedgerEntry {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        if (outcome != TerminalOutcome.APPROVED && outcome != TerminalOutcome.DECLINED && outcome != TerminalOutcome.CANCELLED) {
            throw new IllegalArgumentException("a ledger records approved, declined or cancelled orders, not " + outcome);
        }
        if ((outcome == TerminalOutcome.APPROVED) != reference.isPresent()) {
            throw new IllegalArgumentException("an approved order has a terminal reference, and only an approved one");
        }
        if (chargeCalls < 1) {
            throw new IllegalArgumentException("a ledger entry comes from at least one charge");
        }
    }

    TerminalResult result() {
        return new TerminalResult(orderId, outcome, reference);
    }

    LedgerEntry chargedAgain() {
        return new LedgerEntry(orderId, amount, outcome, reference, chargeCalls + 1);
    }
}
