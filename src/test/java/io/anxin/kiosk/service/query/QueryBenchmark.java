package io.anxin.kiosk.service.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

/**
 * What the query services cost on the kiosk's own side (the live server is a fake answering at once):
 * a live look-up with its cache write, an offline look-up served from the cache, the progress list
 * of a resident with 30 submissions, and rendering a certificate slip. Medians of 200 (50 for the
 * slip) after warm-up, into target/benchmarks/queries.txt. Run with
 * {@code mvn test -Dtest=QueryBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class QueryBenchmark {

    private static final int RUNS = 200;

    @Test
    void measure(@TempDir Path dir) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        FakeLiveData live = new FakeLiveData().with(ResidentLookupTest.CARD.idNumber(), FakeLiveData.record("王秀英", "active", 6));
        try (Database db = Database.open(dir.resolve("db"))) {
            QueryServices q = TestQueries.over(db, live, new SlipPrinter(), new AuditLog(db.dataSource(), clock, "BENCH-01"), clock,
                    "BENCH-01");
            FileSubmission files = new FileSubmission(new SubmissionStore(db.dataSource()), clock, "BENCH-01");
            for (int i = 0; i < 30; i++) {
                files.file("remote-care.filing", ResidentLookupTest.CARD, Map.of());
                clock.advance(Duration.ofSeconds(1));
            }
            double[] liveMs = time(RUNS, () -> q.lookup().lookup(ResidentLookupTest.CARD));
            live.failure = LiveDataFailure.OFFLINE;
            double[] cachedMs = time(RUNS, () -> q.lookup().lookup(ResidentLookupTest.CARD));
            double[] progressMs = time(RUNS, () -> q.progress().mine(ResidentLookupTest.CARD));
            CertificateSlip slip = new CertificateSlip(ReceiptFonts::bundled, clock.getZone());
            Certificate c = new Certificate(java.util.Optional.of("王秀英"), "370102********4320", "resident", "active",
                    java.time.LocalDate.of(2008, 1, 1), "370102", clock.instant(), true);
            double[] slipMs = time(50, () -> slip.render(c, clock.instant().atZone(clock.getZone()), "BENCH-01",
                    Locale.SIMPLIFIED_CHINESE, 576));
            String report = String.format("query benchmark (H2 file database, fake live data answering at once)%n"
                            + "live look-up incl. cache write, median of %d: %.2f ms%n"
                            + "offline look-up from the cache, median of %d: %.2f ms%n"
                            + "progress list, 30 submissions, median of %d: %.2f ms%n"
                            + "certificate slip render (576 dots), median of 50: %.1f ms%n",
                    RUNS, median(liveMs), RUNS, median(cachedMs), RUNS, median(progressMs), median(slipMs));
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("queries.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static double[] time(int runs, Runnable work) {
        for (int i = 0; i < 20; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
