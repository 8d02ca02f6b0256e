package io.anxin.kiosk.store;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actorKind who acted: {@code resident}, {@code clerk}, {@code technician} or {@code system}
 * @param actorRef  a masked ID number, a staff number, or null; never a name or a full ID number
 * @param action    a stable code such as {@code technician.exit}
 * @param detail    free text for people; ID numbers in it are masked on the way in
 */
public record AuditEvent(Instant occurredAt, String terminalId, String actorKind, String actorRef,
                         String action, String detail) {
}
