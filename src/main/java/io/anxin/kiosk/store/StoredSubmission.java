package io.anxin.kiosk.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A submission after its commit: the business row's id, its outbox entry's id and seq, its acceptance number. */
public record StoredSubmission(UUID submissionId, UUID entryId, long seq, String acceptanceNo, OffsetDateTime createdAt) {
}
