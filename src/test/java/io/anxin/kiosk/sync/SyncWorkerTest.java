package io.anxin.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;
import io.anxin.kiosk.store.StoredSubmission;
import io.anxin.kiosk.sync.ScriptedCentral.Answer;
import io.anxin.kiosk.sync.ScriptedCentral.Request;

/** {@link SyncWorker} against a scripted server and a real outbox; time moves only when the test says. */
class SyncWorkerTest {

    @TempDir
    Path dir;

    SyncFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new SyncFixture(dir, 42);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A 200 answer with, per entry of the request, the result JSON made by {@code each} (null: leave it out). */
    static Answer results(Request r, IntFunction<String> each) {
        List<String> ids = r.ids();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String status = each.apply(i);
            if (status != null) {
                parts.add("{\"id\":\"" + ids.get(i) + "\"," + status + "}");
            }
        }
        return Answer.of(200, "{\"results\":[" + String.join(",", parts) + "]}");
    }

    @Test
    void acceptedDuplicateAndRejectedAndARejectedEntryDoesNotBlockLaterOnes() {
        List<StoredSubmission> s = f.file(3);
        f.central.thenTransactions(r -> results(r, i -> switch (i) {
            case 0 -> "\"status\":\"accepted\",\"reference\":\"SRV-1\"";
            case 1 -> "\"status\":\"duplicate\",\"reference\":\"SRV-0\"";
            default -> "\"status\":\"rejected\",\"error\":{\"code\":\"DISEASE_NOT_COVERED\",\"message\":\"not covered here\"}";
        }));
        SyncWorker w = f.worker(50);
        w.step(false);

        assertThat(f.entry(s.get(0)).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.entry(s.get(0)).reference()).contains("SRV-1");
        assertThat(f.entry(s.get(1)).reference()).contains("SRV-0");
        OutboxEntry rejected = f.entry(s.get(2));
        assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(rejected.lastError()).contains("DISEASE_NOT_COVERED: not covered here");
        assertThat(w.status().state()).isEqualTo(SyncState.ONLINE);
        assertThat(w.status().rejected()).isEqualTo(1);

        StoredSubmission later = f.file();
        w.step(false);
        assertThat(f.batches()).hasSize(2);
        assertThat(f.batches().get(1).ids()).containsExactly(later.entryId().toString());
        assertThat(f.entry(later).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.entry(s.get(2)).state()).as("never retried by itself").isEqualTo(OutboxState.REJECTED);
    }

    @Test
    void batchesHoldTheLowestSeqsInOrderWithTheEpoch() {
        List<StoredSubmission> s = f.file(5);
        SyncWorker w = f.worker(2);
        assertThat(w.step(false)).isZero();
        w.step(false);
        w.step(false);
        assertThat(f.batches()).extracting(Request::seqs)
                .containsExactly(List.of(s.get(0).seq(), s.get(1).seq()), List.of(s.get(2).seq(), s.get(3).seq()), List.of(s.get(4).seq()));
        assertThat(f.batches().get(0).json().get("epoch").asText()).isEqualTo(f.db.epoch());
        assertThat(f.batches().get(2).header("Idempotency-Key")).isEqualTo(s.get(4).entryId().toString());
        assertThat(f.central.storeOrder).containsExactly(s.stream().map(StoredSubmission::seq).toArray(Long[]::new));
    }

    @Test
    void anEntryWithoutResultIsNotDeliveredAndGoesOutAgainBeforeHigherSeqs() {
        List<StoredSubmission> s = f.file(3);
        f.central.thenTransactions(r -> results(r, i -> i == 1 ? null : "\"status\":\"accepted\",\"reference\":\"R" + i + "\""));
        SyncWorker w = f.worker(2);
        w.step(false);
        OutboxEntry missing = f.entry(s.get(1));
        assertThat(missing.state()).isEqualTo(OutboxState.PENDING);
        assertThat(missing.attempts()).isEqualTo(1);
        assertThat(missing.lastError().orElseThrow()).contains("no usable result");
        assertThat(missing.nextAttemptAt()).isPresent();
        assertThat(f.entry(s.get(0)).state()).isEqualTo(OutboxState.DELIVERED);

        // before its time nothing is sent; after it, the missing entry leads the next batch
        f.clock.advance(Duration.between(f.clock.instant(), missing.nextAttemptAt().get()).minusMillis(1));
        int before = f.batches().size();
        w.step(false);
        assertThat(f.batches()).hasSize(before);
        f.clock.advance(Duration.ofMillis(1));
        w.step(false);
        assertThat(f.batches().get(before).seqs()).containsExactly(s.get(1).seq(), s.get(2).seq());
        assertThat(f.outbox.stats().pending()).isZero();
    }

    @Test
    void aFailedBatchGoesOutAgainWholeBeforeAnyHigherSeq() {
        List<StoredSubmission> s = f.file(5);
        f.central.thenTransactions(r -> Answer.status(500), r -> Answer.status(502));
        SyncWorker w = f.worker(2);
        for (int i = 0; i < 3; i++) {
            w.step(true); // woken: skip the backoff, the order must still hold
        }
        while (f.outbox.stats().pending() > 0) {
            w.step(true);
        }
        List<List<Long>> sent = f.batches().stream().map(Request::seqs).toList();
        assertThat(sent.get(0)).containsExactly(s.get(0).seq(), s.get(1).seq());
        assertThat(sent.get(1)).containsExactly(s.get(0).seq(), s.get(1).seq());
        assertThat(sent.get(2)).containsExactly(s.get(0).seq(), s.get(1).seq());
        assertThat(f.central.storeOrder).isSorted().hasSize(5);
        assertThat(f.entry(s.get(0)).attempts()).isEqualTo(2);
        assertThat(f.entry(s.get(4)).attempts()).isZero();
    }

    @Test
    void backoffDoublesFromOneSecondToFiveMinutesWithFullJitter() {
        f.file(1);
        int failures = 12;
        for (int i = 0; i < failures; i++) {
            f.central.thenTransactions(r -> Answer.status(500));
        }
        SyncWorker w = f.worker(50);
        Random expected = new Random(42);
        for (int n = 1; n <= failures; n++) {
            w.step(true);
            OutboxEntry e = f.outbox.pending(1).get(0);
            long ceiling = Math.min(300_000L, 1000L << (n - 1));
            long want = (long) (expected.nextDouble() * ceiling);
            assertThat(Duration.between(f.clock.instant(), e.nextAttemptAt().orElseThrow()).toMillis())
                    .as("delay after failure %d", n).isEqualTo(want).isLessThanOrEqualTo(ceiling);
            assertThat(e.attempts()).isEqualTo(n);
        }
        assertThat(w.status().state()).isEqualTo(SyncState.OFFLINE);
        assertThat(w.status().lastError().orElseThrow()).contains("HTTP 500");
        // success resets the backoff
        f.clock.advance(Duration.ofMinutes(6));
        w.step(false);
        assertThat(f.outbox.stats().pending()).isZero();
        assertThat(w.status().state()).isEqualTo(SyncState.ONLINE);
        assertThat(w.status().lastSuccess()).contains(f.clock.instant());
        assertThat(new Backoff(new Random(1)).ceiling(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void unauthorizedStopsSendingKeepsEverythingAndResumesWhenTheTokenChanges() throws Exception {
        List<StoredSubmission> s = f.file(2);
        f.central.thenTransactions(r -> Answer.status(401));
        SyncWorker w = f.worker(50);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        w.addListener(seen::add);
        w.step(false);
        assertThat(w.status().state()).isEqualTo(SyncState.AUTH_FAILED);
        assertThat(w.status().lastError().orElseThrow()).contains("credentials").contains(f.token.toString());
        assertThat(seen).extracting(SyncStatus::state).contains(SyncState.AUTH_FAILED);
        assertThat(f.entry(s.get(0)).attempts()).as("kept as it was").isZero();
        assertThat(f.entry(s.get(0)).state()).isEqualTo(OutboxState.PENDING);

        int calls = f.central.requests.size();
        assertThat(w.step(false)).isEqualTo(SyncWorker.AUTH_RECHECK);
        f.clock.advance(Duration.ofHours(2));
        w.step(true);
        assertThat(f.central.requests).as("nothing sent, not even a heartbeat").hasSize(calls);

        Files.writeString(f.token, "token-two-new");
        Files.setLastModifiedTime(f.token, FileTime.from(Instant.now().plusSeconds(5)));
        w.step(false);
        assertThat(f.batches().get(f.batches().size() - 1).header("Authorization")).isEqualTo("Bearer token-two-new");
        assertThat(f.outbox.stats().pending()).isZero();
        assertThat(w.status().state()).isEqualTo(SyncState.ONLINE);
    }

    @Test
    void aTokenFileOthersCanReadStopsSendingUntilItIsChmodded() throws Exception {
        StoredSubmission s = f.file();
        Files.setPosixFilePermissions(f.token, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        SyncWorker w = f.worker(50);
        w.step(false);
        assertThat(w.status().state()).isEqualTo(SyncState.AUTH_FAILED);
        assertThat(w.status().lastError().orElseThrow()).contains("rw-r--r--");
        assertThat(f.batches()).isEmpty();
        assertThat(w.step(false)).isEqualTo(SyncWorker.AUTH_RECHECK);
        Files.setPosixFilePermissions(f.token, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        w.step(false);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    void explicitRetryResumesAfterForbidden() {
        f.file(1);
        f.central.thenTransactions(r -> Answer.status(403));
        SyncWorker w = f.worker(50);
        w.step(false);
        assertThat(w.status().state()).isEqualTo(SyncState.AUTH_FAILED);
        w.retryNow();
        w.step(true);
        assertThat(f.outbox.stats().pending()).isZero();
    }

    @Test
    void tooLargeHalvesTheBatchDownToOne() {
        List<StoredSubmission> s = f.file(8);
        f.central.thenTransactions(r -> Answer.status(413), r -> Answer.status(413), r -> Answer.status(413));
        SyncWorker w = f.worker(8);
        for (int i = 0; i < 3; i++) {
            assertThat(w.step(false)).as("a halved batch goes out at once").isZero();
        }
        assertThat(f.batches()).extracting(r -> r.ids().size()).containsExactly(8, 4, 2);
        w.step(false);
        assertThat(f.batches().get(3).seqs()).containsExactly(s.get(0).seq());
        assertThat(f.entry(s.get(0)).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.entry(s.get(0)).attempts()).as("413 is not the entry's failure").isZero();
        while (f.outbox.stats().pending() > 0) {
            w.step(false);
        }
        assertThat(f.batches()).as("after a success the batch grows back").extracting(r -> r.ids().size())
                .containsExactly(8, 4, 2, 1, 2, 4, 1);
    }

    @Test
    void tooLargeAloneIsAFailedAttemptWithBackoff() {
        StoredSubmission s = f.file();
        f.central.thenTransactions(r -> Answer.status(413));
        SyncWorker w = f.worker(1);
        w.step(false);
        OutboxEntry e = f.entry(s);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.lastError().orElseThrow()).contains("413");
        assertThat(e.nextAttemptAt()).isPresent();
    }

    @Test
    void retryAfterIsHonoured() {
        StoredSubmission s = f.file();
        f.central.thenTransactions(r -> Answer.status(429).with("Retry-After", "120"),
                r -> Answer.status(503).with("Retry-After", "30"));
        SyncWorker w = f.worker(50);
        Instant start = f.clock.instant();
        w.step(false);
        assertThat(f.entry(s).nextAttemptAt()).contains(start.plusSeconds(120));
        f.clock.advance(Duration.ofSeconds(119));
        w.step(false);
        assertThat(f.batches()).hasSize(1);
        f.clock.advance(Duration.ofSeconds(1));
        w.step(false);
        assertThat(f.batches()).hasSize(2);
        assertThat(f.entry(s).nextAttemptAt()).contains(f.clock.instant().plusSeconds(30));
        f.clock.advance(Duration.ofSeconds(30));
        w.step(false);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.entry(s).attempts()).isEqualTo(2);
    }

    @Test
    void garbageBodiesAndDroppedConnectionsAreRetriedLater() {
        StoredSubmission s = f.file();
        f.central.thenTransactions(r -> Answer.of(200, "<html>proxy error</html>"), r -> null,
                r -> Answer.of(200, "{\"results\":[{\"id\":\"" + r.ids().get(0) + "\",\"status\":\"maybe\"}]}"));
        SyncWorker w = f.worker(50);
        for (int i = 0; i < 3; i++) {
            w.step(true);
            assertThat(f.entry(s).state()).isEqualTo(OutboxState.PENDING);
        }
        assertThat(f.entry(s).attempts()).isEqualTo(3);
        w.step(true);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.central.storedSeq).hasSize(1);
    }

    @Test
    void persistedNextAttemptIsHonouredAfterARestart() {
        StoredSubmission s = f.file();
        f.central.thenTransactions(r -> Answer.status(500), r -> Answer.status(500), r -> Answer.status(500));
        SyncWorker first = f.worker(50);
        first.step(true);
        first.step(true);
        first.step(true);
        Instant next = f.entry(s).nextAttemptAt().orElseThrow();
        assertThat(next).isAfter(f.clock.instant());
        int sent = f.batches().size();
        SyncWorker restarted = f.worker(50);
        restarted.step(false);
        assertThat(f.batches()).hasSize(sent);
        f.clock.advance(Duration.between(f.clock.instant(), next));
        restarted.step(false);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    void requeuedRejectedEntryGoesOutWithTheNextPass() {
        StoredSubmission s = f.file();
        f.central.thenTransactions(r -> results(r, i -> "\"status\":\"rejected\",\"error\":{\"code\":\"CONFLICT\",\"message\":\"m\"}"));
        SyncWorker w = f.worker(50);
        w.step(false);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.REJECTED);
        assertThat(f.outbox.requeueRejected(s.entryId(), "technician", null)).isTrue();
        w.wake();
        w.step(true);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(f.batches().get(1).ids()).containsExactly(s.entryId().toString());
    }

    @Test
    void heartbeatEveryMinuteWithOutboxCounts() {
        f.file(2);
        f.central.thenTransactions(r -> Answer.status(500));
        SyncWorker w = f.worker(50);
        f.clock.advance(Duration.ofSeconds(90));
        w.step(false);
        var beats = f.central.requestsTo("/v1/heartbeat");
        assertThat(beats).hasSize(1);
        var json = beats.get(0).json();
        assertThat(json.get("outboxPending").asLong()).isEqualTo(2);
        assertThat(json.get("oldestPendingAgeSeconds").asLong()).isEqualTo(90);
        assertThat(json.get("devices").get("audio").asText()).isEqualTo("absent");
        w.step(false);
        assertThat(f.central.requestsTo("/v1/heartbeat")).hasSize(1);
        f.clock.advance(Duration.ofMinutes(1));
        w.step(false);
        assertThat(f.central.requestsTo("/v1/heartbeat")).hasSize(2);
    }

    @Test
    void heartbeatAfterTheServerWasUnreachableSendsAtOnce() throws Exception {
        StoredSubmission s = f.file();
        for (int i = 0; i < 30; i++) {
            f.central.thenTransactions(r -> null);
        }
        SyncWorker w = f.worker(50);
        Instant next;
        int tries = 0;
        do {
            w.step(true);
            next = f.entry(s).nextAttemptAt().orElseThrow();
        } while (Duration.between(f.clock.instant(), next).toSeconds() < 90 && ++tries < 30);
        assertThat(w.status().state()).isEqualTo(SyncState.OFFLINE);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(next).as("backoff reaches past the heartbeat").isAfter(f.clock.instant());
        f.central.clearScripts(); // the server is back
        w.step(false); // heartbeat succeeds: the network is back
        w.step(false);
        assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    void referenceDataIsStoredAllOrNothing() {
        f.central.then("/v1/reference-data",
                r -> Answer.of(200, "{\"version\":17,\"datasets\":{\"diseases\":[{\"code\":\"I10\"}],\"hall\":{\"name\":\"历下\"}}}"),
                r -> Answer.of(200, "{\"version\":18,\"datasets\":[]}"),
                r -> Answer.status(304));
        SyncWorker w = f.worker(50);
        w.step(false);
        assertThat(f.referenceData.version()).isEqualTo(17);
        assertThat(f.referenceData.datasets()).containsEntry("diseases", "[{\"code\":\"I10\"}]")
                .containsEntry("hall", "{\"name\":\"历下\"}");
        f.clock.advance(SyncWorker.REFERENCE_EVERY);
        w.step(false);
        assertThat(f.central.requestsTo("/v1/reference-data").get(1).path()).endsWith("since=17");
        assertThat(f.referenceData.version()).as("a broken version is not stored").isEqualTo(17);
        f.clock.advance(SyncWorker.REFERENCE_RETRY);
        w.step(false);
        assertThat(f.referenceData.version()).isEqualTo(17);
        assertThat(f.referenceData.store(16, java.util.Map.of("x", "[]"), f.clock.instant())).as("never older").isFalse();
    }

    @Test
    void statusListenerSeesOfflineThenOnlineWithCounts() {
        f.file(3);
        f.central.thenTransactions(r -> Answer.status(500));
        SyncWorker w = f.worker(50);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        w.addListener(seen::add);
        w.step(false);
        assertThat(seen.get(0).state()).isEqualTo(SyncState.OFFLINE);
        assertThat(seen.get(0).pending()).isEqualTo(3);
        assertThat(seen.get(0).nextAttempt()).isPresent();
        w.step(true);
        SyncStatus last = seen.get(seen.size() - 1);
        assertThat(last.state()).isEqualTo(SyncState.ONLINE);
        assertThat(last.pending()).isZero();
        assertThat(last.lastError()).isEmpty();
        assertThat(last.lastSuccess()).isPresent();
    }

    @Test
    void syncNowDrainsAndReports() {
        f.file(7);
        f.central.thenTransactions(r -> results(r, i -> i == 0 ? "\"status\":\"rejected\",\"error\":{\"code\":\"X\",\"message\":\"m\"}"
                : "\"status\":\"accepted\",\"reference\":\"R\""));
        SyncWorker w = f.worker(3);
        List<long[]> progress = new ArrayList<>();
        SyncReport report = w.syncNow((done, total) -> progress.add(new long[] {done, total}));
        assertThat(report.accepted()).isEqualTo(6);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.leftPending()).isZero();
        assertThat(report.stoppedBy()).isEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(7, 7);
    }

    @Test
    void syncNowStopsAtAFailureAndSaysWhy() {
        f.file(4);
        f.central.thenTransactions(r -> f.central.store(r), r -> Answer.status(500));
        SyncWorker w = f.worker(2);
        SyncReport report = w.syncNow((d, t) -> { });
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.leftPending()).isEqualTo(2);
        assertThat(report.stoppedBy().orElseThrow().httpStatus()).isEqualTo(500);
    }

    @Test
    void theWorkerThreadSendsANewCommitAtOnceWhenWoken() throws Exception {
        SyncWorker w = new SyncWorker(f.outbox, f.client, f.referenceData, f.db.epoch(), 50, java.time.Clock.systemUTC(),
                Waiter.monitor(), new Random(1), java.util.Map::of);
        f.store.addCommitListener(stored -> w.wake());
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        w.addListener(seen::add);
        w.start();
        try {
            StoredSubmission s = f.file();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (f.entry(s).state() != OutboxState.DELIVERED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(f.entry(s).state()).isEqualTo(OutboxState.DELIVERED);
            assertThat(seen).extracting(SyncStatus::state).contains(SyncState.ONLINE);
        } finally {
            w.close();
        }
    }

    @Test
    void statusNeverCarriesTheIdNumber() {
        f.file(1);
        f.central.thenTransactions(r -> Answer.of(500, "{\"echo\":\"" + SyncFixture.RESIDENT.value() + "\"}"));
        SyncWorker w = f.worker(50);
        w.step(false);
        assertThat(w.status().toString()).doesNotContain(SyncFixture.RESIDENT.value());
        assertThat(f.outbox.list(Optional.empty()).get(0).lastError().orElseThrow()).doesNotContain(SyncFixture.RESIDENT.value());
    }
}
