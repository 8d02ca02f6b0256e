package io.anxin.kiosk.device.pay;

import java.util.Objects;
import java.util.Optional;

/**
 * A payment terminal's answer about one order.
 *
 * @param reference the terminal's reference of the charge (voucher / trace number); present exactly
 *                  when {@code outcome} is {@link TerminalOutcome#APPROVED}
 */
public record TerminalResult(String orderId, TerminalOutcome outcome, Optional<String> reference) {

    public TerminalResult {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reference, "reference");
        if ((outcome == TerminalOutcome.APPROVED) != reference.isPresent()) {
            throw new IllegalArgumentException("a terminal reference comes with an approval and only with one, not with "
                    + outcome);
        }
    }

    public static TerminalResult approved(String orderId, String reference) {
        return new TerminalResult(orderId, TerminalOutcome.APPROVED, Optional.of(reference));
    }

    public static TerminalResult of(String orderId, TerminalOutcome outcome) {
        return new TerminalResult(orderId, outcome, Optional.empty());
    }
}
