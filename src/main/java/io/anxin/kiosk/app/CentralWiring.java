package io.anxin.kiosk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;
import io.anxin.kiosk.service.identify.CentralEvoucherResolver;
import io.anxin.kiosk.service.identify.EvoucherResolver;
import io.anxin.kiosk.service.identify.OfflineEvoucherResolver;
import io.anxin.kiosk.service.live.ApplicationProgress;
import io.anxin.kiosk.service.live.ApplicationStatus;
import io.anxin.kiosk.service.live.CentralLiveData;
import io.anxin.kiosk.service.live.OfflineLiveData;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.service.live.ResidentRecords;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.ReferenceDataStore;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.sync.CentralClient;
import io.anxin.kiosk.sync.CentralException;
import io.anxin.kiosk.sync.CentralSettings;
import io.anxin.kiosk.sync.SyncStatusListener;
import io.anxin.kiosk.sync.SyncWorker;
import io.anxin.kiosk.sync.Waiter;
import io.anxin.kiosk.ui.demo.DemoNetwork;

/**
 * The central server of this kiosk process (DESIGN.md rule 9): the one {@code central.url} names;
 * in demo mode with no URL, a lab central started in-process on loopback with the demo residents (a
 * lab tool, never the real centre); in kiosk mode with no URL, none: the kiosk is offline and says
 * so. Live data, the e-voucher resolver and the sync worker all go through the same client.
 *
 * <p>The client is ready only once the lab has started (Flyway, catalogs: off the FX thread), so the
 * live-data views here wait for it; they are only ever called on workers.
 */
final class CentralWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralWiring.class);

    private final KioskConfig config;
    private final Clock clock;
    private final CompletableFuture<Optional<CentralClient>> client;
    private volatile LabCentral lab;
    private volatile LabOptions labOptions;
    private volatile SyncWorker worker;
    private Executor workers;

    private CentralWiring(KioskConfig config, Clock clock, Executor workers) {
        this.config = config;
        this.clock = clock;
        if (config.centralUrl().isPresent()) {
            client = CompletableFuture.completedFuture(configured());
        } else if (config.demo()) {
            client = new CompletableFuture<>(); // the lab starts after the first frame: see begin()
            this.workers = workers;
        } else {
            LOG.warn("central.url is empty: this kiosk works offline; submissions wait in the outbox");
            client = CompletableFuture.completedFuture(Optional.empty());
        }
    }

    static CentralWiring start(KioskConfig config, Clock clock, Executor workers) {
        return new CentralWiring(config, clock, workers);
    }

    /**
     * Starts what could wait for the first frame: the demo's lab central (Flyway, catalogs) would
     * otherwise compete with the JavaFX start-up for the two cores. Call once, after the first frame.
     */
    void begin() {
        if (workers != null && !client.isDone()) {
            workers.execute(() -> client.complete(labClient()));
        }
    }

    private Optional<CentralClient> configured() {
        try {
            return Optional.of(new CentralClient(CentralSetup.settings(config), clock));
        } catch (CentralException e) {
            LOG.error("the central server cannot be used as configured; the kiosk works offline: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<CentralClient> labClient() {
        try {
            Path dir = config.dataDir().resolve("lab-central");
            Files.createDirectories(dir);
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret); // not generateSeed: that may block on /dev/random at boot
            String token = HexFormat.of().formatHex(secret);
            Path tokenFile = dir.resolve("token");
            Files.deleteIfExists(tokenFile);
            Files.createFile(tokenFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tokenFile, token, StandardCharsets.UTF_8);
            lab = LabCentral.start(LabOptions.builder(dir.resolve("data"), token).configDir(config.configDir()).build());
            // the same port when the demo panel restores the network: the client's URL names it
            labOptions = LabOptions.builder(dir.resolve("data"), token).configDir(config.configDir()).port(lab.port()).build();
            LOG.info("demo mode: lab central (a lab tool, not the real centre) on {}", lab.uri());
            return Optional.of(new CentralClient(CentralSettings.of(lab.uri(), config.terminalId(), AppHome.version(),
                    Optional.of(tokenFile), Optional.empty()), clock));
        } catch (IOException | RuntimeException e) {
            LOG.error("demo mode: the lab central did not start; the kiosk works offline", e);
            return Optional.empty();
        }
    }

    private Optional<CentralClient> client() {
        return client.join();
    }

    /** Residents' records and application progress, live when there is a centre. */
    LiveData live() {
        return new LiveData();
    }

    EvoucherResolver evoucher() {
        return token -> client().<EvoucherResolver>map(CentralEvoucherResolver::new).orElseGet(OfflineEvoucherResolver::new)
                .resolve(token);
    }

    /**
     * Starts delivering the outbox (after the database is open, on a worker): wakes on every commit,
     * tells {@code listener} of every change of state.
     */
    Optional<SyncWorker> startWorker(Database db, SubmissionStore submissions, Supplier<Map<String, String>> devices,
                                     SyncStatusListener listener) {
        Optional<CentralClient> central = client();
        if (central.isEmpty()) {
            return Optional.empty();
        }
        SyncWorker w = new SyncWorker(new Outbox(db.dataSource(), clock, config.terminalId()), central.get(),
                new ReferenceDataStore(db.dataSource()), db.epoch(), config.syncBatchSize(), clock, Waiter.monitor(),
                new SecureRandom(), devices);
        submissions.addCommitListener(stored -> w.wake());
        w.addListener(listener);
        w.start();
        worker = w;
        return Optional.of(w);
    }

    /** The demo panel's network switch: present when this process runs the lab central itself. */
    Optional<DemoNetwork> demoNetwork() {
        return config.demo() && config.centralUrl().isEmpty() ? Optional.of(new LabSwitch()) : Optional.empty();
    }

    /** Cuts the demo's network by stopping the lab central, and restores it on the same port. */
    private final class LabSwitch implements DemoNetwork {

        @Override
        public synchronized boolean online() {
            return lab != null;
        }

        @Override
        public synchronized void setOnline(boolean on) {
            client.join();
            LabCentral running = lab;
            if (!on && running != null) {
                lab = null;
                running.close();
                LOG.info("demo panel: lab central stopped (the network is cut)");
            } else if (on && running == null && labOptions != null) {
                try {
                    lab = LabCentral.start(labOptions);
                    LOG.info("demo panel: lab central back on {}", lab.uri());
                } catch (RuntimeException e) {
                    LOG.error("demo panel: the lab central did not come back", e);
                    return;
                }
                SyncWorker w = worker;
                if (w != null) {
                    w.wake();
                }
            }
        }
    }

    @Override
    public void close() {
        SyncWorker w = worker;
        if (w != null) {
            w.close();
        }
        LabCentral l = lab;
        if (l != null) {
            l.close();
        }
    }

    /** Live data through the centre when there is one, "offline" otherwise. Blocking; workers only. */
    final class LiveData implements ResidentRecords, ApplicationProgress {

        private final OfflineLiveData offline = new OfflineLiveData();

        private <T> T either(java.util.function.Function<CentralLiveData, T> live, Supplier<T> none) {
            Optional<CentralClient> c = client();
            return c.isPresent() ? live.apply(new CentralLiveData(c.get())) : none.get();
        }

        @Override
        public ResidentRecord lookup(IdNumber idNumber) {
            return either(l -> l.lookup(idNumber), () -> offline.lookup(idNumber));
        }

        @Override
        public ApplicationStatus byReference(String reference) {
            return either(l -> l.byReference(reference), () -> offline.byReference(reference));
        }

        @Override
        public ApplicationStatus byAcceptanceNo(String acceptanceNo) {
            return either(l -> l.byAcceptanceNo(acceptanceNo), () -> offline.byAcceptanceNo(acceptanceNo));
        }
    }
}
