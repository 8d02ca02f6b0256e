package io.anxin.kiosk.sync;

import java.time.Duration;

/**
 * How the sync worker waits: up to a time, or until {@link #wake()}. Tests use one that moves a clock
 * instead of sleeping.
 *
 * <p>Thread-safe: {@link #wake()} may be called from any thread; one thread waits.
 */
public interface Waiter {

    /** Waits up to {@code max}; true when woken by {@link #wake()} (a wake before the wait counts). */
    boolean await(Duration max) throws InterruptedException;

    /** Ends the current wait at once, or the next one if none is running. */
    void wake();

    /** The real one: a monitor wait. */
    static Waiter monitor() {
        return new MonitorWaiter();
    }
}
