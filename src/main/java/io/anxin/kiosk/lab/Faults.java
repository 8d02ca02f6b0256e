package io.anxin.kiosk.lab;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Draws the injected faults from one seeded {@link Random}, so a run with the same seed and the same
 * sequence of calls injects the same faults. A fault whose rate is 0 draws nothing. Thread-safe.
 */
final class Faults {

    private final LabOptions options;
    private final Random random;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);

    Faults(LabOptions options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    /** True when this call should show {@code fault}; counts it. */
    synchronized boolean draw(Fault fault) {
        double rate = switch (fault) {
            case FAIL -> options.failRate();
            case DROP_AFTER_COMMIT -> options.dropAfterCommitRate();
            case PARTIAL -> options.partialRate();
            case GARBAGE -> options.garbageRate();
        };
        if (rate <= 0.0 || random.nextDouble() >= rate) {
            return false;
        }
        injected.merge(fault, 1, Integer::sum);
        return true;
    }

    /** A uniformly drawn index below {@code bound} (which result a partial answer leaves out). */
    synchronized int pick(int bound) {
        return random.nextInt(bound);
    }

    /** Sleeps {@code --latency-ms} on the calling (HTTP worker) thread. */
    void delay() throws InterruptedException {
        if (options.latencyMs() > 0) {
            Thread.sleep(options.latencyMs());
        }
    }

    synchronized Map<Fault, Integer> injected() {
        Map<Fault, Integer> copy = new EnumMap<>(Fault.class);
        for (Fault f : Fault.values()) {
            copy.put(f, injected.getOrDefault(f, 0));
        }
        return copy;
    }
}
