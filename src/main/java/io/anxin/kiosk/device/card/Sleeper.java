package io.anxin.kiosk.device.card;

import java.time.Duration;

/**
 * Waits between retries; injected so tests need not wait for real back-off times.
 *
 * <p>Threads: called on the caller's own thread; implementations must honour interruption by
 * throwing {@link InterruptedException}.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
