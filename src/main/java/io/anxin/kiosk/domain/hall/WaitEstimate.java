package io.anxin.kiosk.domain.hall;

import java.time.Duration;

/**
 * Estimated wait: tickets ahead times today's average service time of the category, shared by the
 * windows that call it. With no ticket finished today the {@code fallback} service time is used.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static Duration of(int ahead, Duration averageService, int windows) {
        if (ahead <= 0) {
            return Duration.ZERO;
        }
        long millis = averageService.toMillis() * ahead / Math.max(1, windows);
        return Duration.ofMillis(millis);
    }
}
