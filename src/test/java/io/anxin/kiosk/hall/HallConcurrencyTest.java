package io.anxin.kiosk.hall;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 7 clients (3 kiosks, 4 counters), one node restart mid-run (see {@link HallConcurrencyRun}). The
 * normal run takes the 2,000 tickets against a node in a child JVM that is killed with SIGKILL
 * mid-run and started again on the same database and port (about 21 s on the shared 2-core machine);
 * the soaks add the in-process stop and start of the node.
 */
class HallConcurrencyTest {

    @Test
    @Tag("soak")
    void sevenClientsFifteenHundredTicketsOneRestart(@TempDir Path dir) throws Exception {
        report(run(dir, 1500));
    }

    @Test
    @Tag("soak")
    void sevenClientsTwoThousandTicketsOneRestart(@TempDir Path dir) throws Exception {
        report(run(dir, 2000));
    }

    /** The test, in every run: 2,000 tickets, the node killed with SIGKILL once and started again. */
    @Test
    void sevenClientsTwoThousandTicketsNodeKilledOnce(@TempDir Path dir) throws Exception {
        report(run(dir, 2000, true));
    }

    private static HallConcurrencyRun run(Path dir, int tickets) throws Exception {
        return run(dir, tickets, false);
    }

    private static HallConcurrencyRun run(Path dir, int tickets, boolean kill) throws Exception {
        HallConcurrencyRun run = new HallConcurrencyRun(dir, tickets, kill);
        run.run();
        return run;
    }

    private static void report(HallConcurrencyRun run) {
        System.out.printf("hall concurrency: %d tickets in %d ms, restart %d ms, %d retries, wait p50 %d ms p95 %d ms%n",
                run.waitsMs.length, run.runMs, run.restartMs.get(), run.retries.get(),
                HallConcurrencyRun.percentile(run.waitsMs, 0.5), HallConcurrencyRun.percentile(run.waitsMs, 0.95));
    }
}
