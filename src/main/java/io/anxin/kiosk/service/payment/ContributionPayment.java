package io.anxin.kiosk.service.payment;

/**
 * 居民医保缴费 (specs/services.md, "Payment"): pays a resident's contribution through the payment
 * terminal, exactly once. The submission and its outbox entry carrying the order id are committed
 * before the terminal is asked to charge; after a timeout or a restart the terminal is asked
 * {@code query(orderId)} instead of charging again. The card PIN is entered on the terminal and
 * never reaches the kiosk.
 *
 * <p>Threads: blocking (waits for the resident at the payment terminal, up to the terminal's own
 * time-out); never call it on the JavaFX thread. Thread-safe.
 */
public interface ContributionPayment {

    /**
     * Pays {@code order}. Never throws for a declined or cancelled payment: that is an outcome.
     *
     * @throws io.anxin.kiosk.store.StoreException when nothing could be committed (nothing was charged)
     */
    PaymentResult pay(ContributionOrder order);
}
