package io.anxin.kiosk.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SatisfactionStore;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * The end of a service, timed: the catalogs the kiosk now loads at start-up, a receipt from a filed
 * submission through ReceiptPrinting to the file printer, and one satisfaction answer. Run with
 * {@code mvn test -Dtest=CompletionBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class CompletionBenchmark {

    private static final int RUNS = 30;

    @Test
    void measure(@TempDir Path dir) throws Exception {
        double[] catalogMs = new double[RUNS];
        Catalogs catalogs = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            catalogs = new CatalogLoader().load(Path.of("kiosk-config"));
            catalogMs[i] = (System.nanoTime() - start) / 1e6;
        }
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(dir.resolve("db"))) {
            FileSubmission filing = new FileSubmission(new SubmissionStore(db.dataSource()), clock, "BENCH-01");
            ReceiptPrinting printing = new ReceiptPrinting(new FilePrinter(dir.resolve("receipts"),
                    new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM)), catalogs.services(),
                    catalogs.hall(), clock.getZone(), new AuditLog(db.dataSource(), clock, "BENCH-01"));
            SatisfactionSurvey survey = new SatisfactionSurvey(new SatisfactionStore(db.dataSource()), clock, "BENCH-01");
            ResidentIdentity who = new ResidentIdentity(Optional.empty(), IdNumber.parse("370102195203154320"),
                    IdentityMethod.CARD, Optional.empty());
            double[] printMs = new double[RUNS];
            double[] answerMs = new double[RUNS];
            for (int i = 0; i < RUNS + 5; i++) {
                FiledSubmission filed = filing.file("remote-care.filing", who, Map.of("n", i));
                long start = System.nanoTime();
                printing.print(new ReceiptPrinting.Request(filed, ServiceCode.REMOTE_CARE_FILING,
                        List.of("预计 2026年12月5日 前办结"), false, Locale.SIMPLIFIED_CHINESE));
                double p = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                survey.answer(ServiceCode.REMOTE_CARE_FILING, SatisfactionRating.SATISFIED);
                double a = (System.nanoTime() - start) / 1e6;
                if (i >= 5) {
                    printMs[i - 5] = p;
                    answerMs[i - 5] = a;
                }
            }
            String report = String.format("completion benchmark (%d runs; receipts after 5 warm-up)%n"
                            + "catalogs load (kiosk-config, at start-up), median: %.1f ms, first: %.1f ms%n"
                            + "receipt from a filed submission to PNG + PDF, median: %.1f ms, max: %.1f ms%n"
                            + "satisfaction answer stored (H2, WRITE_DELAY=0), median: %.2f ms%n",
                    RUNS, median(catalogMs), catalogMs[0], median(printMs), Arrays.stream(printMs).max().orElse(0),
                    median(answerMs));
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("completion.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
