package io.anxin.kiosk.sync;

import java.util.Optional;

/**
 * What one {@link SyncWorker#syncNow} pass did.
 *
 * @param leftPending entries still pending after the pass
 * @param stoppedBy   why the pass stopped with entries left (empty when it drained the outbox)
 */
public record SyncReport(int accepted, int duplicate, int rejected, int notAnswered, long leftPending,
                         Optional<CentralException> stoppedBy) {

    public int delivered() {
        return accepted + duplicate;
    }
}
