package io.anxin.kiosk.hall;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.store.Database;

/**
 * Ticket issue latency through the node on loopback, and call-to-feed latency (from sending a call
 * until a long-polling display client has the CALLED event). Writes target/benchmarks/hall.txt; run
 * with {@code mvn test -Dtest=HallBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class HallBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 300;
    private static final int CALLS = 100;

    @Test
    void issueAndCallToFeedLatency(@TempDir Path dir) throws Exception {
        Path tokens = HallApiTest.ownerOnly(dir.resolve("tokens"), "K1 " + HallApiTest.KIOSK_TOKEN + "\nC1 "
                + HallApiTest.COUNTER_TOKEN + "\n");
        try (Database db = Database.open(dir.resolve("db"));
             HallNode node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                     HallTokens.readNode(tokens))) {
            URI url = URI.create("http://127.0.0.1:" + node.port() + "/");
            HallClient kiosk = new HallClient(url, HallApiTest.KIOSK_TOKEN, Duration.ofSeconds(10));
            HallClient counter = new HallClient(url, HallApiTest.COUNTER_TOKEN, Duration.ofSeconds(10));
            HallClient display = new HallClient(url, HallApiTest.KIOSK_TOKEN, Duration.ofSeconds(10));
            for (int i = 0; i < WARM_UP; i++) {
                kiosk.issue("general", null, false, "w" + i);
            }
            double[] issueMs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                kiosk.issue(i % 2 == 0 ? "general" : "chronic", i % 5 == 0 ? 70 : null, false, "r" + i);
                issueMs[i] = (System.nanoTime() - start) / 1e6;
            }
            List<HallEvent> all = display.changes(0, Duration.ZERO);
            long last = all.get(all.size() - 1).seq();
            while (!(all = display.changes(last, Duration.ZERO)).isEmpty()) {
                last = all.get(all.size() - 1).seq();
            }
            double[] feedMs = new double[CALLS];
            for (int i = 0; i < CALLS; i++) {
                long since = last;
                CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() -> {
                    List<HallEvent> events = display.changes(since, Duration.ofSeconds(30));
                    long at = System.nanoTime();
                    if (events.isEmpty() || !"CALLED".equals(events.get(0).kind())) {
                        throw new IllegalStateException("expected a CALLED event, got " + events);
                    }
                    return at;
                });
                Thread.sleep(20); // let the poll reach the node and wait there
                long start = System.nanoTime();
                counter.callNext(2 + i % 3, "c" + i).orElseThrow();
                long at = seen.get(60, TimeUnit.SECONDS);
                feedMs[i] = (at - start) / 1e6;
                last = since + 1;
            }
            String report = String.format("hall node benchmark (loopback, H2 WRITE_DELAY=0, %d issues after %d warm-up,"
                            + " %d calls)%n"
                            + "ticket issue, client round trip: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                            + "call to display (long poll sees the CALLED event): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    RUNS, WARM_UP, CALLS, pct(issueMs, 0.5), pct(issueMs, 0.95), pct(issueMs, 1.0),
                    pct(feedMs, 0.5), pct(feedMs, 0.95), pct(feedMs, 1.0));
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("hall.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
