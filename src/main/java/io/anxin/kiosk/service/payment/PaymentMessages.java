package io.anxin.kiosk.service.payment;

/** Bundle keys (part {@code payment}) of what the resident is told about a payment. */
public final class PaymentMessages {

    /** Shown while the terminal waits: pay on the terminal, the PIN goes in there. */
    public static final String WAITING = "payment.waiting";
    public static final String PAID = "payment.paid";
    public static final String DECLINED = "payment.declined";
    public static final String CANCELLED = "payment.cancelled";
    /** The terminal never got the charge: nothing taken, the resident may try again. */
    public static final String NOT_CHARGED = "payment.not-charged";
    /** The terminal could not be reached and took nothing. */
    public static final String TERMINAL_UNAVAILABLE = "payment.terminal-unavailable";
    /** No answer: do not pay again, check at the window. */
    public static final String UNCONFIRMED = "payment.unconfirmed";

    private PaymentMessages() {
    }
}
