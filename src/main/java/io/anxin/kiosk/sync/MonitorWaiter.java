package io.anxin.kiosk.sync;

import java.time.Duration;

/** {@link Waiter} on an object monitor; a wake that arrives while nobody waits ends the next wait at once. */
final class MonitorWaiter implements Waiter {

    private boolean woken;

    @Override
    public synchronized boolean await(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, max.toNanos());
        while (!woken) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000), 0);
        }
        woken = false;
        return true;
    }

    @Override
    public synchronized void wake() {
        woken = true;
        notifyAll();
    }
}
