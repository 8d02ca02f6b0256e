package io.anxin.kiosk.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.NewSubmission;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.ReferenceDataStore;
import io.anxin.kiosk.store.StoredSubmission;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

/** A real database and outbox, a scripted central server, a clock tests move and a waiter that never sleeps. */
final class SyncFixture implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final IdNumber RESIDENT = IdNumber.parse("370102195203154320");

    /** Moves the clock by the wait instead of waiting; remembers each wait. */
    static final class ClockWaiter implements Waiter {
        final MutableClock clock;
        final List<Duration> waits = new ArrayList<>();
        boolean woken;

        ClockWaiter(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized boolean await(Duration max) {
            waits.add(max);
            if (woken) {
                woken = false;
                return true;
            }
            clock.advance(max);
            return false;
        }

        @Override
        public synchronized void wake() {
            woken = true;
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:15:03.120Z"), SHANGHAI);
    final Database db;
    final SubmissionStore store;
    final Outbox outbox;
    final ReferenceDataStore referenceData;
    final ScriptedCentral central;
    final Path token;
    final CentralClient client;
    final ClockWaiter waiter = new ClockWaiter(clock);
    final long seed;

    SyncFixture(Path dir, long seed) throws Exception {
        this(dir, seed, null);
    }

    /** @param server the central server's URL; null for the fixture's own scripted one */
    SyncFixture(Path dir, long seed, java.net.URI server) throws Exception {
        this.seed = seed;
        db = Database.open(dir.resolve("db"));
        store = new SubmissionStore(db.dataSource());
        outbox = new Outbox(db.dataSource(), clock, "JN-LX-007");
        referenceData = new ReferenceDataStore(db.dataSource());
        central = new ScriptedCentral();
        token = dir.resolve("central.token");
        Files.writeString(token, "token-one");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        client = new CentralClient(new CentralSettings(server == null ? central.url() : server, "JN-LX-007", "test", Optional.of(token),
                Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10)), clock);
    }

    SyncWorker worker(int batchSize) {
        return new SyncWorker(outbox, client, referenceData, db.epoch(), batchSize, clock, waiter, new Random(seed),
                () -> Map.of("cardReader", "ok", "printer", "ok", "audio", "absent"));
    }

    StoredSubmission file() {
        return store.file(new NewSubmission("remote-care.filing", OffsetDateTime.now(clock), "JN-LX-007", RESIDENT,
                IdentityMethod.CARD, false, Optional.empty(), Optional.empty(), Optional.empty(), false,
                "{\"resident\":{\"idNumber\":\"" + RESIDENT.value() + "\"},\"fields\":{\"n\":1}}"));
    }

    List<StoredSubmission> file(int n) {
        List<StoredSubmission> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(file());
        }
        return all;
    }

    OutboxEntry entry(StoredSubmission s) {
        return outbox.find(s.entryId()).orElseThrow();
    }

    OutboxEntry entry(UUID id) {
        return outbox.find(id).orElseThrow();
    }

    List<ScriptedCentral.Request> batches() {
        return central.requestsTo("/v1/transactions");
    }

    @Override
    public void close() {
        central.close();
        db.close();
    }
}
