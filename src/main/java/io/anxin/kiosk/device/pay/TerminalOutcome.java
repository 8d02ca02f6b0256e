package io.anxin.kiosk.device.pay;

/** What a payment terminal said about an order. */
public enum TerminalOutcome {
    /** The money was taken; the result carries the terminal's reference. */
    APPROVED,
    /** The card or account refused the payment: nothing was taken. */
    DECLINED,
    /** The resident cancelled on the terminal or walked away from it: nothing was taken. */
    CANCELLED,
    /** No final answer in time: the money may or may not have been taken; ask {@code query}, never charge again. */
    TIMEOUT,
    /** Only from {@code query}: the terminal has no record of the order, so nothing was taken for it. */
    UNKNOWN;

    /** True when this outcome settles the order (everything but {@link #TIMEOUT}). */
    public boolean isFinal() {
        return this != TIMEOUT;
    }
}
