package io.anxin.kiosk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxStats;
import io.anxin.kiosk.store.ReferenceDataStore;

/**
 * Delivers the outbox to the central server (specs/central-sync.md) on its own daemon thread: batches
 * of the lowest-seq pending entries in seq order; an entry left undelivered is first in the next batch,
 * so it goes out again before any higher seq goes out for the first time. Also sends the heartbeat every
 * minute and fetches reference data every hour.
 *
 * <p>Failures: 401/403 (or an unusable token file) stop sending until the token file changes or
 * {@link #retryNow()}; 413 halves the batch (down to 1); 429/503 wait the Retry-After; anything else
 * waits an exponential backoff with full jitter. Nothing is ever deleted.
 *
 * <p>Thread-safe. One sender at a time: {@link #syncNow} (the {@code kiosk sync} command) and the worker
 * thread take the same lock. Time comes from the {@link Clock}, waiting from the {@link Waiter}.
 */
public final class SyncWorker implements AutoCloseable {

    public static final Duration HEARTBEAT_EVERY = Duration.ofMinutes(1);
    public static final Duration REFERENCE_EVERY = Duration.ofHours(1);
    static final Duration REFERENCE_RETRY = Duration.ofMinutes(5);
    static final Duration AUTH_RECHECK = Duration.ofMinutes(1);
    private static final Duration COUNT_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

    /** What one batch came to. */
    enum Outcome { EMPTY, DELIVERED, RETRY_NOW, FAILED }

    private final Outbox outbox;
    private final CentralClient client;
    private final ReferenceDataStore referenceData;
    private final String epoch;
    private final int batchSize;
    private final Clock clock;
    private final Waiter waiter;
    private final Backoff backoff;
    private final Supplier<Map<String, String>> devices;
    private final List<SyncStatusListener> listeners = new CopyOnWriteArrayList<>();
    private final Object sending = new Object();

    // guarded by sending
    private int effectiveBatch;
    private int failures;
    private Instant notBefore;
    private Instant nextHeartbeat;
    private Instant nextReference;
    private String authFingerprint = "";
    private boolean started;
    private Instant countedAt = Instant.MIN;
    private OutboxStats counted = new OutboxStats(0, 0, 0, Optional.empty());
    private Optional<Instant> lastSuccess = Optional.empty();
    private boolean unreachable;

    private volatile SyncStatus status = new SyncStatus(SyncState.OFFLINE, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
    private volatile boolean retryRequested;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param epoch      the database's epoch ({@code Database.epoch()})
     * @param batchSize  {@code sync.batch-size}
     * @param devices    device health for the heartbeat: cardReader, printer, audio to ok|absent|error
     */
    public SyncWorker(Outbox outbox, CentralClient client, ReferenceDataStore referenceData, String epoch, int batchSize,
                      Clock clock, Waiter waiter, Random random, Supplier<Map<String, String>> devices) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.client = Objects.requireNonNull(client, "client");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.epoch = Objects.requireNonNull(epoch, "epoch");
        if (batchSize < 1) {
            throw new IllegalArgumentException("sync.batch-size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
        this.effectiveBatch = batchSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.backoff = new Backoff(Objects.requireNonNull(random, "random"));
        this.devices = Objects.requireNonNull(devices, "devices");
        Instant now = clock.instant();
        this.notBefore = now;
        this.nextHeartbeat = now;
        this.nextReference = now;
    }

    /** Starts the daemon thread "sync-worker". */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("sync worker already started");
        }
        running = true;
        thread = new Thread(this::loop, "sync-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** Send now (a new commit, the network came back): ends the current wait, skips a running backoff. */
    public void wake() {
        waiter.wake();
    }

    /** The technician's explicit retry: also resumes after an authentication failure. */
    public void retryNow() {
        retryRequested = true;
        waiter.wake();
    }

    public SyncStatus status() {
        return status;
    }

    public void addListener(SyncStatusListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void loop() {
        boolean woken = false;
        while (running) {
            try {
                Duration wait = step(woken);
                woken = !wait.isZero() && waiter.await(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // a database or programming error: keep the thread alive, try again later
                LOG.error("sync worker step failed", e);
                publish(SyncState.OFFLINE, Optional.of("sync worker: " + e.getMessage()), true);
                try {
                    woken = waiter.await(HEARTBEAT_EVERY);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One round of the worker: a batch if one is due, then the heartbeat and reference data if due.
     * Returns how long to wait before the next round (zero: more to send now).
     *
     * @param woken the last wait was cut short by {@link #wake()}: skip a running backoff
     */
    Duration step(boolean woken) {
        synchronized (sending) {
            Instant now = clock.instant();
            if (!started) {
                started = true;
                outbox.pending(1).stream().findFirst().flatMap(OutboxEntry::nextAttemptAt)
                        .filter(now::isBefore).ifPresent(t -> notBefore = t);
            }
            if (status.state() == SyncState.AUTH_FAILED) {
                if (!retryRequested && client.credentialsFingerprint().equals(authFingerprint)) {
                    return AUTH_RECHECK;
                }
                LOG.info("sync resumes after an authentication failure ({})", retryRequested ? "retry" : "token file changed");
                retryRequested = false;
                failures = 0;
                notBefore = now;
                publish(SyncState.OFFLINE, status.lastError(), true);
            }
            boolean more = false;
            if (woken || retryRequested || !now.isBefore(notBefore)) {
                retryRequested = false;
                Outcome outcome = sendBatch(new Tally());
                more = outcome == Outcome.DELIVERED || outcome == Outcome.RETRY_NOW;
            }
            if (status.state() != SyncState.AUTH_FAILED && !clock.instant().isBefore(nextHeartbeat)) {
                heartbeat();
            }
            if (status.state() != SyncState.AUTH_FAILED && !clock.instant().isBefore(nextReference)) {
                fetchReferenceData();
            }
            if (more) {
                return Duration.ZERO;
            }
            now = clock.instant();
            Instant next = nextHeartbeat.isBefore(nextReference) ? nextHeartbeat : nextReference;
            if (counted.pending() > 0 && notBefore.isBefore(next)) {
                next = notBefore;
            }
            Duration wait = Duration.between(now, next);
            return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
        }
    }

    /**
     * {@code kiosk sync}: sends batches now until the outbox is drained or a batch fails, ignoring any
     * running backoff. {@code progress} gets (done, total) after each batch.
     */
    public SyncReport syncNow(ProgressListener progress) {
        synchronized (sending) {
            retryRequested = false;
            long total = outbox.stats().pending();
            Tally tally = new Tally();
            Outcome outcome;
            do {
                outcome = sendBatch(tally);
                progress.progress(tally.done(), total);
            } while (outcome == Outcome.DELIVERED || outcome == Outcome.RETRY_NOW);
            long left = outbox.stats().pending();
            return new SyncReport(tally.accepted, tally.duplicate, tally.rejected, tally.notAnswered, left,
                    outcome == Outcome.FAILED ? Optional.ofNullable(tally.failure) : Optional.empty());
        }
    }

    /** Told after each batch of {@link #syncNow}. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    private static final class Tally {
        int accepted;
        int duplicate;
        int rejected;
        int notAnswered;
        CentralException failure;

        long done() {
            return accepted + duplicate + rejected;
        }
    }

    private Outcome sendBatch(Tally tally) {
        List<OutboxEntry> batch = outbox.pending(effectiveBatch);
        if (batch.isEmpty()) {
            recount(true);
            publish(status.state(), status.lastError(), false);
            return Outcome.EMPTY;
        }
        BatchAnswer answer;
        try {
            answer = client.sendTransactions(epoch, batch);
        } catch (CentralException e) {
            tally.failure = e;
            return failed(batch, e);
        }
        Map<UUID, String> delivered = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (OutboxEntry entry : batch) {
            Optional<TransactionResult> result = answer.resultFor(entry.id());
            if (result.isEmpty()) {
                missing.add(entry.id());
                continue;
            }
            TransactionResult r = result.get();
            switch (r.status()) {
                case ACCEPTED -> { delivered.put(entry.id(), r.reference().orElseThrow()); tally.accepted++; }
                case DUPLICATE -> { delivered.put(entry.id(), r.reference().orElseThrow()); tally.duplicate++; }
                case REJECTED -> {
                    outbox.markRejected(entry.id(), r.errorCode().orElseThrow(), r.errorMessage().orElse(""));
                    tally.rejected++;
                    LOG.warn("central server rejected outbox seq {} ({}): {}", entry.seq(), entry.kind(), r.errorCode().orElseThrow());
                }
            }
        }
        outbox.markDelivered(delivered);
        Instant now = clock.instant();
        if (!missing.isEmpty()) {
            tally.notAnswered += missing.size();
            failures++;
            Duration delay = backoff.delay(failures);
            notBefore = now.plus(delay);
            String error = "the server's answer had no usable result for this entry (" + missing.size() + " of "
                    + batch.size() + " in the batch)";
            outbox.recordFailedAttempts(missing, error, notBefore);
            tally.failure = new CentralException(CentralException.Kind.BAD_RESPONSE, error, 200, null, null);
            LOG.warn("sync: {}; next try in {} ms", error, delay.toMillis());
            recount(true);
            publish(SyncState.ONLINE, Optional.of(error), false);
            return Outcome.FAILED;
        }
        failures = 0;
        notBefore = now;
        effectiveBatch = Math.min(batchSize, effectiveBatch * 2);
        lastSuccess = Optional.of(now);
        int rejectedNow = batch.size() - delivered.size();
        counted = new OutboxStats(Math.max(0, counted.pending() - batch.size()), counted.delivered() + delivered.size(),
                counted.rejected() + rejectedNow, counted.oldestPendingCreatedAt());
        recount(false);
        publish(SyncState.ONLINE, Optional.empty(), false);
        return Outcome.DELIVERED;
    }

    private Outcome failed(List<OutboxEntry> batch, CentralException e) {
        Instant now = clock.instant();
        List<UUID> ids = batch.stream().map(OutboxEntry::id).toList();
        switch (e.kind()) {
            case UNAUTHORIZED, CONFIG -> {
                authFailed(e);
                return Outcome.FAILED;
            }
            case TOO_LARGE -> {
                if (batch.size() > 1) {
                    effectiveBatch = Math.max(1, batch.size() / 2);
                    LOG.info("sync: server says the batch is too large; {} entries per batch now", effectiveBatch);
                    return Outcome.RETRY_NOW;
                }
                failures++;
                notBefore = now.plus(backoff.delay(failures));
                outbox.recordFailedAttempts(ids, "too large for the server even alone (HTTP 413)", notBefore);
                publish(SyncState.ONLINE, Optional.of(e.getMessage()), true);
                return Outcome.FAILED;
            }
            case RETRY_AFTER -> {
                notBefore = now.plus(e.retryAfter().orElse(Backoff.BASE));
                outbox.recordFailedAttempts(ids, e.getMessage(), notBefore);
                publish(SyncState.ONLINE, Optional.of(e.getMessage()), true);
                return Outcome.FAILED;
            }
            default -> {
                failures++;
                Duration delay = backoff.delay(failures);
                notBefore = now.plus(delay);
                unreachable = e.unreachable();
                outbox.recordFailedAttempts(ids, e.getMessage(), notBefore);
                LOG.warn("sync: {}; next try in {} ms", e.getMessage(), delay.toMillis());
                publish(SyncState.OFFLINE, Optional.of(e.getMessage()), true);
                return Outcome.FAILED;
            }
        }
    }

    private void authFailed(CentralException e) {
        authFingerprint = client.credentialsFingerprint();
        LOG.error("sync stopped: {}", e.getMessage());
        publish(SyncState.AUTH_FAILED, Optional.of(e.getMessage()), true);
    }

    private void heartbeat() {
        Instant now = clock.instant();
        nextHeartbeat = now.plus(HEARTBEAT_EVERY);
        recount(true);
        long oldest = counted.oldestPendingCreatedAt()
                .map(t -> Math.max(0, Duration.between(t.toInstant(), now).toSeconds())).orElse(0L);
        try {
            client.heartbeat(new Heartbeat(counted.pending(), counted.rejected(), oldest, devices.get()));
            if (unreachable && notBefore.isAfter(now)) {
                notBefore = now; // the server was unreachable and is back: send at once
            }
            unreachable = false;
            publish(SyncState.ONLINE, status.state() == SyncState.ONLINE ? status.lastError() : Optional.empty(), false);
        } catch (CentralException e) {
            if (e.kind() == CentralException.Kind.UNAUTHORIZED || e.kind() == CentralException.Kind.CONFIG) {
                authFailed(e);
            } else {
                publish(SyncState.OFFLINE, Optional.of(e.getMessage()), false);
            }
        }
    }

    private void fetchReferenceData() {
        Instant now = clock.instant();
        try {
            long since = referenceData.version();
            Optional<ReferenceData> update = client.referenceData(since);
            if (update.isPresent() && referenceData.store(update.get().version(), update.get().datasetsJson(), now)) {
                LOG.info("reference data version {} stored ({} datasets; applied at the next start)",
                        update.get().version(), update.get().datasetsJson().size());
            }
            nextReference = now.plus(REFERENCE_EVERY);
        } catch (CentralException e) {
            nextReference = now.plus(REFERENCE_RETRY);
            if (e.kind() == CentralException.Kind.UNAUTHORIZED || e.kind() == CentralException.Kind.CONFIG) {
                authFailed(e);
            } else {
                LOG.warn("reference data not fetched: {}", e.getMessage());
            }
        }
    }

    /** Counting the outbox is a scan: at most once a second while draining, always when asked to. */
    private void recount(boolean force) {
        Instant now = clock.instant();
        if (force || !now.isBefore(countedAt.plus(COUNT_EVERY))) {
            counted = outbox.stats();
            countedAt = now;
        }
    }

    private void publish(SyncState state, Optional<String> lastError, boolean recountNow) {
        if (recountNow) {
            recount(true);
        }
        SyncStatus old = status;
        Optional<Instant> next = counted.pending() > 0 && notBefore.isAfter(clock.instant()) ? Optional.of(notBefore) : Optional.empty();
        SyncStatus now = new SyncStatus(state, counted.pending(), counted.rejected(), lastSuccess, lastError, next);
        status = now;
        if (!now.equals(old)) {
            for (SyncStatusListener l : listeners) {
                try {
                    l.statusChanged(now);
                } catch (RuntimeException e) {
                    LOG.warn("sync status listener failed", e);
                }
            }
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        waiter.wake();
        if (t != null) {
            // no interrupt: an interrupted thread in H2 file I/O closes the database file
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
