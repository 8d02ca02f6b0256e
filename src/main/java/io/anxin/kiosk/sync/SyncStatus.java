package io.anxin.kiosk.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The sync worker's state for the 在线/离线 indicator and the technician screen.
 *
 * @param lastError for the technician (never shown to residents)
 */
public record SyncStatus(SyncState state, long pending, long rejected, Optional<Instant> lastSuccess,
                         Optional<String> lastError, Optional<Instant> nextAttempt) {

    public SyncStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
}
