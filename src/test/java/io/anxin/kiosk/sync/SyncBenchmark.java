package io.anxin.kiosk.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.ReferenceDataStore;

/**
 * Drain throughput of an outbox backlog to the lab central on loopback (the real worker thread, real
 * clock, real backoff), clean and with 30 % of calls failing; heap and RSS while draining 10,000 and
 * 100,000. Run with {@code mvn test -Dtest=SyncBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=};
 * figures go to target/benchmarks/sync.txt.
 */
@Tag("benchmark")
class SyncBenchmark {

    static final String TOKEN = "bench-token";
    static final int BATCH = 50;

    @TempDir
    Path dir;

    record Run(String label, int entries, double seconds, long peakHeapMb, long liveAfterGcMb, long peakRssMb, Map<?, ?> faults) {
        double rate() {
            // entries per second of the drain alone (the backlog is written before the clock starts)
            return entries / seconds;
        }

        String line() {
            return String.format("%-34s %7d entries %8.1f s %8.0f entries/s   peak heap used %4d MB, old gen after GC %4d MB, peak RSS %4d MB  faults %s",
                    label, entries, seconds, rate(), peakHeapMb, liveAfterGcMb, peakRssMb, faults);
        }
    }

    @Test
    void drain() throws Exception {
        StringBuilder report = new StringBuilder("sync drain benchmark: lab central on loopback, batch " + BATCH
                + ", worker thread with real clock and backoff, " + Runtime.getRuntime().availableProcessors() + " cores\n");
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Path file = out.resolve("sync.txt");
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
        Run warm = run("warm-up", 2_000, 0.0, 1);
        append(file, "(warm-up " + String.format("%.0f", warm.rate()) + " entries/s)");
        // each line is written when its run ends, so a long run cut short keeps the others
        append(file, run("10,000 clean", 10_000, 0.0, 2).line());
        append(file, run("10,000 with 30 % failed calls", 10_000, 0.3, 3).line());
        append(file, run("100,000 clean", 100_000, 0.0, 4).line());
    }

    static void append(Path file, String line) throws Exception {
        System.out.println(line);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    Run run(String label, int entries, double failRate, int n) throws Exception {
        Path base = dir.resolve("run" + n);
        Path token = base.resolve("token");
        Files.createDirectories(base);
        Files.writeString(token, TOKEN);
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        LabOptions options = LabOptions.builder(base.resolve("lab"), TOKEN).seed(n).failRate(failRate).build();
        try (LabCentral lab = LabCentral.start(options); Database db = Database.open(base.resolve("db"))) {
            seed(db, entries);
            System.gc();
            Clock clock = Clock.systemUTC();
            CentralClient client = new CentralClient(new CentralSettings(lab.uri(), "JN-LX-007", "bench", Optional.of(token),
                    Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(30)), clock);
            Outbox outbox = new Outbox(db.dataSource(), clock, "JN-LX-007");
            SyncWorker worker = new SyncWorker(outbox, client, new ReferenceDataStore(db.dataSource()), db.epoch(), BATCH,
                    clock, Waiter.monitor(), new Random(n), Map::of);
            Sampler sampler = new Sampler();
            sampler.start();
            long start = System.nanoTime();
            worker.start();
            try {
                while (outbox.stats().pending() > 0) {
                    Thread.sleep(200);
                }
            } finally {
                worker.close();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.stop();
            if (lab.storedIds().size() != entries) {
                throw new AssertionError(label + ": server holds " + lab.storedIds().size() + " of " + entries);
            }
            return new Run(label, entries, seconds, sampler.peakHeap.get() >> 20, sampler.oldAfterGc() >> 20,
                    sampler.peakRss.get() >> 20, lab.faultsInjected());
        }
    }

    /** A backlog written straight into the outbox (the filing path is measured elsewhere). */
    static void seed(Database db, int entries) throws Exception {
        String payload = "{\"resident\":{\"idNumber\":\"370102195203154320\",\"name\":\"王秀英\",\"identityMethod\":\"card\","
                + "\"verified\":true},\"checkAtWindow\":false,\"fields\":{\"destination\":\"上海市\",\"type\":\"long-term\","
                + "\"hospital\":\"复旦大学附属华山医院\",\"from\":\"2026-12-01\",\"phone\":\"13800000000\"}}";
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, kind, created_at, acceptance_no, drill, payload, state) "
                    + "VALUES (?, 'remote-care.filing', ?, ?, FALSE, ?, 'pending')")) {
                OffsetDateTime t = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.ofHours(8));
                for (int i = 0; i < entries; i++) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, t.plusSeconds(i));
                    ps.setString(3, "JN-LX-007-20261122-" + i);
                    ps.setString(4, payload);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit(); // one huge transaction is slow in H2 (undo log)
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** Peak heap used and RSS every 100 ms; old-generation usage after the last collection at the end. */
    static final class Sampler {
        final AtomicLong peakHeap = new AtomicLong();
        final AtomicLong peakRss = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    peakRss.accumulateAndGet(rss(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long oldAfterGc() {
            long max = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
                    max = Math.max(max, pool.getCollectionUsage().getUsed());
                }
            }
            return max;
        }

        static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }
    }
}
