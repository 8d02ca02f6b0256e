package io.anxin.kiosk.lab;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a {@link LabCentral} runs. Build with {@link #builder(Path, String)}; every value is checked
 * when built ({@link LabException} of kind USAGE names the bad one). {@link #toString()} never shows
 * the token.
 *
 * @param bind address to listen on; loopback unless a caller chooses otherwise
 * @param port TCP port, 0 for a free one
 * @param dataDir folder of the lab's own H2 database
 * @param token the bearer token every call must carry
 * @param configDir the kiosk config folder the demo residents and reference data are read from
 * @param maxBatch largest batch accepted by POST /v1/transactions; larger ones get 413
 * @param failRate fraction of calls answered 500 before anything is stored
 * @param dropAfterCommitRate fraction of transaction batches stored and committed, then cut without an answer
 * @param partialRate fraction of transaction answers with one result left out
 * @param garbageRate fraction of 200 answers whose body is not JSON
 * @param latencyMs delay added before every answer
 * @param seed seed of the one Random all fault draws come from
 * @param reviewAfter how long a stored entry stays {@code received} (application-state rule)
 * @param decideAfter how long after arrival an entry gets its final state
 * @param clock time source for timestamps and the application-state rule
 * @param zone zone of the timestamps and dates in answers
 */
public record LabOptions(InetAddress bind, int port, Path dataDir, String token, Path configDir, int maxBatch,
                         double failRate, double dropAfterCommitRate, double partialRate, double garbageRate,
                         long latencyMs, long seed, Duration reviewAfter, Duration decideAfter, Clock clock,
                         ZoneId zone) {

    public static final int DEFAULT_MAX_BATCH = 200;
    public static final Duration DEFAULT_REVIEW_AFTER = Duration.ofMinutes(2);
    public static final Duration DEFAULT_DECIDE_AFTER = Duration.ofMinutes(10);

    public LabOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        if (port < 0 || port > 65535) {
            throw usage("port must be 0..65535, got " + port);
        }
        if (token == null || token.isBlank()) {
            throw usage("the bearer token is empty");
        }
        if (maxBatch < 1) {
            throw usage("max batch must be at least 1, got " + maxBatch);
        }
        rate("fail rate", failRate);
        rate("drop-after-commit rate", dropAfterCommitRate);
        rate("partial rate", partialRate);
        rate("garbage rate", garbageRate);
        if (latencyMs < 0) {
            throw usage("latency must be 0 ms or more, got " + latencyMs);
        }
        if (reviewAfter.isNegative() || decideAfter.compareTo(reviewAfter) < 0) {
            throw usage("need 0 <= review-after <= decide-after, got " + reviewAfter + " and " + decideAfter);
        }
    }

    /** Options with no faults, loopback, a free port, {@code kiosk-config} and the real clock. */
    public static Builder builder(Path dataDir, String token) {
        return new Builder(dataDir, token);
    }

    @Override
    public String toString() {
        return "LabOptions[bind=" + bind.getHostAddress() + ", port=" + port + ", dataDir=" + dataDir
                + ", configDir=" + configDir + ", maxBatch=" + maxBatch + ", failRate=" + failRate
                + ", dropAfterCommitRate=" + dropAfterCommitRate + ", partialRate=" + partialRate
                + ", garbageRate=" + garbageRate + ", latencyMs=" + latencyMs + ", seed=" + seed
                + ", reviewAfter=" + reviewAfter + ", decideAfter=" + decideAfter + ", token=(hidden)]";
    }

    private static void rate(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw usage(name + " must be a fraction 0..1, got " + value);
        }
    }

    private static LabException usage(String message) {
        return new LabException(LabException.Kind.USAGE, message);
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private final Path dataDir;
        private final String token;
        private Path configDir = Path.of("kiosk-config");
        private int maxBatch = DEFAULT_MAX_BATCH;
        private double failRate;
        private double dropAfterCommitRate;
        private double partialRate;
        private double garbageRate;
        private long latencyMs;
        private long seed = 1L;
        private Duration reviewAfter = DEFAULT_REVIEW_AFTER;
        private Duration decideAfter = DEFAULT_DECIDE_AFTER;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");

        private Builder(Path dataDir, String token) {
            this.dataDir = dataDir;
            this.token = token;
        }

        public Builder bind(InetAddress value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder configDir(Path value) {
            configDir = value;
            return this;
        }

        public Builder maxBatch(int value) {
            maxBatch = value;
            return this;
        }

        public Builder failRate(double value) {
            failRate = value;
            return this;
        }

        public Builder dropAfterCommitRate(double value) {
            dropAfterCommitRate = value;
            return this;
        }

        public Builder partialRate(double value) {
            partialRate = value;
            return this;
        }

        public Builder garbageRate(double value) {
            garbageRate = value;
            return this;
        }

        public Builder latencyMs(long value) {
            latencyMs = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder reviewAfter(Duration value) {
            reviewAfter = value;
            return this;
        }

        public Builder decideAfter(Duration value) {
            decideAfter = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        public LabOptions build() {
            return new LabOptions(bind, port, dataDir, token, configDir, maxBatch, failRate, dropAfterCommitRate,
                    partialRate, garbageRate, latencyMs, seed, reviewAfter, decideAfter, clock, zone);
        }
    }
}
