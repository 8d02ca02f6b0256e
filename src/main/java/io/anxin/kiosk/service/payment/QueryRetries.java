package io.anxin.kiosk.service.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * How often, and how far apart, the payment terminal is asked {@code query(orderId)} when it gave no
 * final answer (a time-out, or unreachable) before the payment is recorded as unconfirmed.
 */
public record QueryRetries(int attempts, Duration pause) {

    /** Five questions two seconds apart: about ten seconds more for the resident to wait, at most. */
    public static final QueryRetries DEFAULT = new QueryRetries(5, Duration.ofSeconds(2));

    public QueryRetries {
        Objects.requireNonNull(pause, "pause");
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one query attempt, not " + attempts);
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative");
        }
    }
}
