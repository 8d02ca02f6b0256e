package io.anxin.kiosk.lab;

import java.time.Instant;

/**
 * One outbox entry as the lab central server holds it.
 *
 * @param reference {@code SRV-<n>}; n also orders first arrivals
 * @param deliveries times it arrived with the same content (1 + duplicates)
 * @param conflicts times its id arrived with different content
 */
public record StoredTransaction(String id, String reference, String terminalId, Long seq, String kind,
                                String acceptanceNo, boolean drill, String contentHash, Instant receivedAt,
                                int deliveries, int conflicts) {
}
