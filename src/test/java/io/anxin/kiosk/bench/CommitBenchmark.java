package io.anxin.kiosk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.payment.ContributionOrder;
import io.anxin.kiosk.service.payment.PayContribution;
import io.anxin.kiosk.service.payment.PaymentResult;
import io.anxin.kiosk.service.payment.QueryRetries;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.PaymentOrders;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * Submission commit latency: 1000 commits through {@link FileSubmission} (business row, outbox entry,
 * acceptance number and audit line in one transaction) on a file H2 database opened as the kiosk
 * opens it ({@code WRITE_DELAY=0}), after 100 warm-up commits; and the kiosk's own time per
 * contribution payment (two transactions, the simulated terminal's fsync'ed ledger, no resident
 * delay). Writes target/benchmarks/commit.txt. Goal: commit p99 under 20 ms. Run with
 * {@code mvn test -Dsurefire.groups=benchmark -Dsurefire.excludedGroups= -Dtest=CommitBenchmark}.
 */
@Tag("benchmark")
class CommitBenchmark {

    private static final int WARM_UP = 100;
    private static final int COMMITS = 1000;
    private static final int PAYMENTS = 300;

    private static final ResidentIdentity RESIDENT = new ResidentIdentity(Optional.of("王秀英"),
            IdNumber.parse("370102195203154320"), IdentityMethod.CARD, Optional.empty());

    @Test
    void commitLatency(@TempDir Path dataDir) throws Exception {
        String loadBefore = loadAverage();
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        StringBuilder report = new StringBuilder();
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir, "commit benchmark");
             Database db = Database.open(dataDir.resolve("db"))) {
            SubmissionStore store = new SubmissionStore(db.dataSource());
            FileSubmission files = new FileSubmission(store, clock, "BENCH-01");
            Map<String, Object> fields = Map.of("type", "long-term", "destination", "110105", "startDate", "2026-12-01",
                    "phone", "13800000000");
            for (int i = 0; i < WARM_UP; i++) {
                files.file("remote-care.filing", RESIDENT, fields);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] commitMs = new double[COMMITS];
            double[] commitCpuMs = new double[COMMITS];
            for (int i = 0; i < COMMITS; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                files.file("remote-care.filing", RESIDENT, fields);
                commitMs[i] = (System.nanoTime() - start) / 1e6;
                commitCpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }

            SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal(dataDir.resolve(SimulatedPaymentTerminal.LEDGER_FILE),
                    Duration.ZERO);
            PayContribution pay = new PayContribution(files, new PaymentOrders(db.dataSource(), store), terminal, clock,
                    new QueryRetries(1, Duration.ZERO));
            ContributionOrder order = new ContributionOrder(RESIDENT, "urban-rural", 2027, new BigDecimal("380"));
            for (int i = 0; i < 20; i++) {
                pay.pay(order);
            }
            double[] payMs = new double[PAYMENTS];
            for (int i = 0; i < PAYMENTS; i++) {
                long start = System.nanoTime();
                PaymentResult r = pay.pay(order);
                payMs[i] = (System.nanoTime() - start) / 1e6;
                if (r.status() != PaymentResult.Status.PAID) {
                    throw new AssertionError("benchmark payment not paid: " + r.status());
                }
            }

            report.append(String.format(Locale.ROOT, "commit benchmark: file H2 (WRITE_DELAY=0) in a fresh data folder, Java %s, "
                    + "%d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors()));
            report.append(String.format(Locale.ROOT, "load average before: %s, after: %s%n", loadBefore, loadAverage()));
            report.append(line("submission commit through FileSubmission, " + COMMITS + " after " + WARM_UP + " warm-up",
                    commitMs));
            report.append(line("  the same, CPU time of the committing thread (less sensitive to other load on the machine)",
                    commitCpuMs));
            report.append(line("contribution payment, kiosk side (2 transactions + terminal ledger fsync, no resident delay), "
                    + PAYMENTS + " after 20 warm-up", payMs));
            report.append(String.format(Locale.ROOT, "goal: commit p99 < 20 ms: %s%n", percentile(commitMs, 99) < 20 ? "met" : "NOT met"));
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("commit.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static String line(String what, double[] ms) {
        return String.format(Locale.ROOT, "%s:%n  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n", what,
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), Arrays.stream(ms).max().orElse(0),
                Arrays.stream(ms).average().orElse(0));
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
