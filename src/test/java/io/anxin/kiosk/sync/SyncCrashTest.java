package io.anxin.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.NewSubmission;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * Child JVMs deliver the outbox to the lab central and are killed with SIGKILL mid-batch, again and
 * again; a last one finishes. The server then holds each id exactly once, first arrivals in seq order,
 * and nothing is pending.
 */
class SyncCrashTest {

    static final String TOKEN = "crash-token";

    @TempDir
    Path dir;

    @Test
    void killedMidBatchShort() throws Exception {
        crash(300, 4, 10, 3);
    }

    @Test
    @Tag("soak")
    void killedMidBatchLong() throws Exception {
        crash(3000, 40, 25, 5);
    }

    void crash(int entries, int kills, int batch, long seed) throws Exception {
        Path dbDir = dir.resolve("kiosk-db");
        try (Database db = Database.open(dbDir)) {
            SubmissionStore store = new SubmissionStore(db.dataSource());
            for (int i = 0; i < entries; i++) {
                store.file(new NewSubmission("remote-care.filing", OffsetDateTime.of(2026, 11, 22, 9, 15, 3, 0, ZoneOffset.ofHours(8)),
                        "JN-LX-007", SyncFixture.RESIDENT, IdentityMethod.CARD, false, Optional.empty(), Optional.empty(),
                        Optional.empty(), false, "{\"n\":" + i + "}"));
            }
        }
        Path token = dir.resolve("token");
        Files.writeString(token, TOKEN);
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        Random random = new Random(seed);
        LabOptions options = LabOptions.builder(dir.resolve("lab"), TOKEN).seed(seed).latencyMs(15)
                .dropAfterCommitRate(0.1).build();
        try (LabCentral lab = LabCentral.start(options)) {
            int killed = 0;
            for (int k = 0; k < kills; k++) {
                Process p = child(dbDir, lab, token, batch);
                CountDownLatch ready = new CountDownLatch(1);
                CountDownLatch done = new CountDownLatch(1);
                watch(p, ready, done);
                assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
                Thread.sleep(20 + random.nextInt(250));
                if (done.getCount() == 0) {
                    break; // it finished before the kill
                }
                p.destroyForcibly(); // SIGKILL on Linux
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killed++;
            }
            Process last = child(dbDir, lab, token, batch);
            CountDownLatch ready = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            watch(last, ready, done);
            assertThat(last.waitFor(180, TimeUnit.SECONDS)).as("last child finishes").isTrue();
            assertThat(done.getCount()).as("last child drained the outbox").isZero();

            try (Database db = Database.open(dbDir)) {
                List<OutboxEntry> all = new Outbox(db.dataSource(), java.time.Clock.systemUTC(), "JN-LX-007").list(Optional.empty());
                assertThat(all).hasSize(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.DELIVERED));
                Map<String, Integer> stored = lab.storedIds();
                assertThat(stored.keySet()).isEqualTo(all.stream().map(e -> e.id().toString()).collect(Collectors.toSet()));
                Map<String, Long> seqById = all.stream().collect(Collectors.toMap(e -> e.id().toString(), OutboxEntry::seq));
                assertThat(lab.arrivalOrder().stream().map(seqById::get).toList()).isSorted();
                long again = stored.values().stream().filter(n -> n > 1).count();
                System.out.printf("crash: %d entries, %d kills, %d ids arrived more than once%n", entries, killed, again);
            }
            assertThat(killed).as("at least one child was killed mid-run").isPositive();
        }
    }

    static Process child(Path dbDir, LabCentral lab, Path token, int batch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SyncChild.class.getName(), dbDir.toString(), lab.uri().toString(), token.toString(), Integer.toString(batch))
                .redirectErrorStream(true).start();
    }

    static void watch(Process p, CountDownLatch ready, CountDownLatch done) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.equals("DONE")) {
                        done.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child was killed
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
    }
}
