package io.anxin.kiosk.store;

import java.math.BigDecimal;
import java.util.Objects;

/** The payment order {@link PaymentOrders#open} writes beside its submission, in state charging. */
public record NewPaymentOrder(String orderId, BigDecimal amount, int year, String category) {

    public NewPaymentOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(category, "category");
    }
}
