package io.anxin.kiosk.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A stored payment order with its submission's acceptance number. No personal data. */
public record PaymentOrder(String orderId, UUID submissionId, String acceptanceNo, BigDecimal amount, int year,
                           String category, PaymentOrderState state, Optional<String> terminalRef,
                           OffsetDateTime createdAt, Optional<OffsetDateTime> settledAt) {
}
