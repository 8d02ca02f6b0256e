package io.anxin.kiosk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One outbox entry (specs/central-sync.md): {@code id} is the idempotency key and never changes,
 * {@code seq} is strictly increasing and never reused. {@code payloadJson} may hold a full ID
 * number: send it, never log or print it ({@link #toString()} leaves it out).
 */
public record OutboxEntry(long seq, UUID id, String kind, OffsetDateTime createdAt, Optional<String> acceptanceNo,
                          boolean drill, String payloadJson, OutboxState state, int attempts,
                          Optional<Instant> nextAttemptAt, Optional<String> lastError, Optional<String> reference,
                          Optional<Instant> deliveredAt) {

    @Override
    public String toString() {
        return "OutboxEntry[seq " + seq + ", " + id + ", " + kind + ", " + state.code() + ", attempts " + attempts
                + acceptanceNo.map(a -> ", " + a).orElse("") + "]";
    }
}
