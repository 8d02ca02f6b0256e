package io.anxin.kiosk.lab;

import java.time.Instant;

/** A heartbeat as received: the sending terminal (header), when, and the JSON body as sent. */
public record LabHeartbeat(String terminalId, Instant receivedAt, String bodyJson) {
}
