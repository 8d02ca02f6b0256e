package io.anxin.kiosk.store;

import java.util.Optional;
import java.time.OffsetDateTime;

/** Counts for the heartbeat and the technician screen. */
public record OutboxStats(long pending, long delivered, long rejected, Optional<OffsetDateTime> oldestPendingCreatedAt) {
}
