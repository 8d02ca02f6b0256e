package io.anxin.kiosk.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A committed submission, everything a receipt needs: it exists only after the H2 commit, so a
 * receipt printed from it is never for something lost. No full ID number: {@code residentMasked}.
 *
 * @param entryId the outbox entry's id, the idempotency key at the central server
 */
public record FiledSubmission(String acceptanceNo, OffsetDateTime createdAt, String kind, String residentMasked,
                              boolean checkAtWindow, boolean drill, UUID submissionId, UUID entryId, long seq) {
}
