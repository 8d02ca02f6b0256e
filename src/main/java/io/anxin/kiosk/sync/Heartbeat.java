package io.anxin.kiosk.sync;

import java.util.Map;

/**
 * POST /v1/heartbeat body (besides terminal id and app version, which the client adds).
 *
 * @param devices {@code cardReader}, {@code printer}, {@code audio} to {@code ok}, {@code absent} or {@code error}
 */
public record Heartbeat(long outboxPending, long outboxRejected, long oldestPendingAgeSeconds, Map<String, String> devices) {

    public Heartbeat {
        devices = Map.copyOf(devices);
    }
}
