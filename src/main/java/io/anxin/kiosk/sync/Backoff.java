package io.anxin.kiosk.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter (specs/central-sync.md): after the n-th failure in a row, a
 * delay drawn uniformly from [0, min(cap, base * 2^(n-1))]. Not thread-safe (the worker's thread uses it).
 */
public final class Backoff {

    public static final Duration BASE = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofMinutes(5);

    private final Random random;
    private final long baseMillis;
    private final long capMillis;

    public Backoff(Random random) {
        this(random, BASE, CAP);
    }

    public Backoff(Random random, Duration base, Duration cap) {
        this.random = random;
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
    }

    /** The ceiling of the delay after {@code failures} failures in a row (at least 1). */
    public Duration ceiling(int failures) {
        int n = Math.max(1, failures) - 1;
        long c = n >= 30 ? capMillis : Math.min(capMillis, baseMillis << n);
        return Duration.ofMillis(c);
    }

    public Duration delay(int failures) {
        return Duration.ofMillis((long) (random.nextDouble() * ceiling(failures).toMillis()));
    }
}
