package io.anxin.kiosk.ui.counter;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFixtures;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.StaffFixtures;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.support.SyncTaskRunner;

/**
 * Clerk sign-in round trip (PBKDF2 on the node) and a console call-next (the call plus the board the
 * console fetches after it) on loopback. Writes target/benchmarks/counter.txt; run with
 * {@code mvn test -Dtest=CounterBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class CounterBenchmark {

    private static final int SIGN_INS = 40;
    private static final int CALLS = 200;

    @Test
    void signInAndCallNext(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("db"));
             HallNode node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                     Map.of(CounterRig.KIOSK_TOKEN, "KIOSK-01", CounterRig.COUNTER_TOKEN, "COUNTER-01"),
                     StaffFixtures.desk(StaffFixtures.roster(), db, Clock.systemUTC()))) {
            URI url = URI.create("http://127.0.0.1:" + node.port() + "/");
            HallClient kiosk = new HallClient(url, CounterRig.KIOSK_TOKEN, Duration.ofSeconds(10));
            HallClient counter = new HallClient(url, CounterRig.COUNTER_TOKEN, Duration.ofSeconds(10));
            for (int i = 0; i < 5; i++) {
                counter.signIn("1001", "1357".toCharArray());
            }
            double[] signIn = new double[SIGN_INS];
            for (int i = 0; i < SIGN_INS; i++) {
                long start = System.nanoTime();
                counter.signIn("1002", "2468".toCharArray());
                signIn[i] = (System.nanoTime() - start) / 1e6;
            }
            for (int i = 0; i < CALLS + 20; i++) {
                kiosk.issue("general", null, false, "k" + i);
            }
            CounterSession session = new CounterSession();
            session.signedIn(new Clerk("1002", "李强", "Li Qiang"));
            session.windowChosen(2);
            ConsoleViewModel console = new ConsoleViewModel(counter, new SyncTaskRunner(), session,
                    HallFixtures.categories(), Clock.systemUTC(), () -> { }, new I18n(Locale.SIMPLIFIED_CHINESE));
            double[] call = new double[CALLS];
            for (int i = 0; i < CALLS + 20; i++) {
                long start = System.nanoTime();
                console.callNext();
                long took = System.nanoTime() - start;
                if (console.currentProperty().get() == null) {
                    throw new IllegalStateException("call-next failed: " + console.errorProperty().get());
                }
                console.finish();
                if (i >= 20) {
                    call[i - 20] = took / 1e6;
                }
            }
            String report = String.format(Locale.ROOT, "counter console benchmark (loopback, H2 WRITE_DELAY=0)%n"
                            + "clerk sign-in round trip (PBKDF2-SHA256 120,000 rounds on the node), %d runs: p50 %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms%n"
                            + "console call-next (call + board refresh), %d runs after 20 warm-up: p50 %.1f ms, p95 %.1f ms,"
                            + " max %.1f ms%n", SIGN_INS, pct(signIn, 0.5), pct(signIn, 0.95), pct(signIn, 1.0),
                    CALLS, pct(call, 0.5), pct(call, 0.95), pct(call, 1.0));
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("counter.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
