package io.anxin.kiosk.service.payment;

import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.service.FiledSubmission;

/**
 * How a payment ended.
 *
 * @param filed      the committed submission (acceptance number for the receipt); present for
 *                   {@link Status#PAID} and {@link Status#UNCONFIRMED}
 * @param messageKey bundle key of what the resident is told (e.g. why it was declined)
 */
public record PaymentResult(Status status, String orderId, Optional<FiledSubmission> filed, String messageKey) {

    public enum Status {
        /** Charged and recorded: print the receipt. */
        PAID,
        /** The card was declined or the resident cancelled on the terminal: nothing was charged. */
        DECLINED,
        /** The terminal did not say (time-out, unplugged): recorded for checking; the resident is told to ask at the window, never to pay again. */
        UNCONFIRMED
    }

    public PaymentResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(messageKey, "messageKey");
    }
}
