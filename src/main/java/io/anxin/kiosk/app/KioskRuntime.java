package io.anxin.kiosk.app;

import io.anxin.kiosk.catalog.CatalogException;
import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.catalog.QueueCategoryLoader;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.service.hall.HallDesk;
import io.anxin.kiosk.service.ReceiptPrinting;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.store.SatisfactionStore;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.PanelSignals;
import io.anxin.kiosk.service.policy.PolicySearch;
import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.sync.SyncState;
import io.anxin.kiosk.sync.SyncWorker;
import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.service.identify.CardIdentification;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.FxTaskRunner;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.voice.KioskVoice;
import io.anxin.kiosk.voice.PromptCatalog;

/**
 * The composition root of the kiosk UI process: takes the data folder, starts logging, opens the
 * database in the background while the first frame is drawn, builds the voice and the screens, and
 * tears everything down in reverse order when the window closes.
 */
public final class KioskRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);
    private static final java.time.Duration HALL_FEED_RETRY = java.time.Duration.ofSeconds(2);

    private final KioskConfig config;
    private final boolean reportFirstFrame;
    private final boolean exitAfterStart;
    private final BiFunction<Database, Optional<SyncWorker>, ControlServer.Handler> control;

    /**
     * @param reportFirstFrame print {@code FIRST_FRAME <epoch ms>} on the first frame (start-up benchmark)
     * @param exitAfterStart quit once the first frame is drawn and the database is open, without the
     *                       voice warm-up: the start-up alone, which {@code ./kiosk} runs once per build
     *                       to record the class-data-sharing archive
     * @param control what the control socket runs once the database is open (technician commands)
     */
    public KioskRuntime(KioskConfig config, boolean reportFirstFrame, boolean exitAfterStart,
                        BiFunction<Database, Optional<SyncWorker>, ControlServer.Handler> control) {
        this.config = config;
        this.reportFirstFrame = reportFirstFrame;
        this.exitAfterStart = exitAfterStart;
        this.control = control;
    }

    /** Runs until the window is closed or a technician quits; returns the exit code. */
    public int run() throws InterruptedException {
        long startNanos = System.nanoTime();
        try (DataFolderLock lock = DataFolderLock.acquire(config.dataDir(), "kiosk UI")) {
            LogSetup.toDataFolder(config.logDir(), config.timeZone());
            LOG.info("kiosk {} starting: terminal {}, mode {}, data {}", AppHome.version(), config.terminalId(),
                    config.mode(), config.dataDir());
            ExecutorService workers = Executors.newFixedThreadPool(2, daemonThreads("kiosk-worker"));
            // Opened after the first frame: Flyway would otherwise compete with JavaFX start-up for two
            // cores. Anything that needs it before then waits (DeferredDataSource); a failure still
            // stops the kiosk with exit code 3.
            CompletableFuture<Database> database = new CompletableFuture<>();
            AtomicInteger exitCode = new AtomicInteger(0);
            CountDownLatch closed = new CountDownLatch(1);
            Clock clock = Clock.system(config.timeZone());
            AuditLog audit = new AuditLog(new DeferredDataSource(database), clock, config.terminalId());
            PromptCatalog catalog = VoiceFactory.catalog();
            KioskVoice voice = VoiceFactory.kioskVoice(config, catalog);

            Runnable quit = () -> {
                Platform.exit();
                closed.countDown();
            };
            database.whenComplete((db, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    LOG.error("the local database could not be opened; the kiosk stops", cause);
                    System.err.println("kiosk: " + cause.getMessage());
                    exitCode.set(3);
                    quit.run();
                }
            });
            ControlSocket controlSocket = new ControlSocket();
            CardSetup cards = CardSetup.forConfig(config, workers);
            AtomicReference<UiAssembly> uiRef = new AtomicReference<>();
            CardIdentification identification = new CardIdentification(event -> Platform.runLater(() -> {
                UiAssembly ui = uiRef.get();
                if (ui != null) {
                    ui.onIdentifyEvent(event);
                }
            }), audit);
            CardReaders readers = cards.readers(identification);
            DeferredDataSource data = new DeferredDataSource(database);
            SubmissionStore submissions = new SubmissionStore(data);
            FileSubmission filing = new FileSubmission(submissions, clock, config.terminalId());
            Optional<PaymentSetup> payment = PaymentSetup.forConfig(config, data, submissions, filing, clock);
            // Built after the first frame: pinyin4j's dictionary costs a few hundred ms of CPU.
            CompletableFuture<PolicySearch> policy = new CompletableFuture<>();
            // Loaded beside the JavaFX start-up (175 ms cold): a broken catalog stops the kiosk like a bad key.
            CompletableFuture<Catalogs> catalogs = CompletableFuture.supplyAsync(() -> catalogs(config), workers);
            catalogs.whenComplete((c, failure) -> {
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    LOG.error("the catalogs in {} cannot be used; the kiosk stops: {}", config.configDir(), cause.getMessage());
                    System.err.println("kiosk: " + cause.getMessage());
                    exitCode.set(2);
                    quit.run();
                }
            });
            // one printer object for receipts and certificates: one device, one writer at a time
            ReceiptPrinter printer = PrinterSetup.lazy(config);
            ReceiptPrinting receipts = new ReceiptPrinting(printer, () -> catalogs.join().services(),
                    () -> catalogs.join().hall(), config.timeZone(), audit);
            LOG.info("receipts go to {}", PrinterSetup.describe(config));
            SatisfactionSurvey satisfaction = new SatisfactionSurvey(new SatisfactionStore(new DeferredDataSource(database)),
                    clock, config.terminalId());
            CentralWiring central = CentralWiring.start(config, clock, workers);
            HallSetup hall = HallSetup.forRole(config, HallSetup.Role.RESIDENT);
            Optional<QueueCategories> queueCategories = hall.client().map(c -> queueCategories(config));
            Optional<StaffRoster> staff = hall.servesNode() ? Optional.of(HallSetup.staffRoster(config)) : Optional.empty();
            var receiptFonts = QuerySetup.lazyFonts();
            QueryServices queries = queries(database, audit, clock, central.live(), printer, receiptFonts);
            HallPanel panel = PanelSetup.panel(config, clock);
            LOG.info("hall: {}; panel: {}", hall.describe(), panel.status());
            Optional<HallDesk> hallDesk = hall.client().map(client -> HallDesk.create(client, panel,
                    queueCategories.orElseThrow(), config.elderlyAge(), printer, receiptFonts, new HelpRequests(audit), clock));
            // the connection state is logged by the feed; the ticket screen tells residents when a ticket cannot be issued
            Optional<HallFeed> hallFeed = hall.client().map(client -> new HallFeed(client, new FxHallListener(
                    board -> withUi(uiRef, ui -> ui.onHallBoard(board)), event -> withUi(uiRef, ui -> ui.onHallEvent(event)),
                    (reachable, detail) -> { }), HALL_FEED_RETRY));
            if (!exitAfterStart) {
                database.thenAccept(db -> {
                    Optional<SyncWorker> sync = central.startWorker(db, submissions,
                            () -> devices(voice, identification), status -> Platform.runLater(() -> {
                                UiAssembly ui = uiRef.get();
                                if (ui != null) {
                                    ui.shell().connectionProperty().set(status.state() == SyncState.ONLINE);
                                }
                            }));
                    queueCategories.ifPresent(categories -> staff.ifPresent(roster ->
                            hall.startNode(db, categories, roster, audit, clock)));
                    if (hall.servesNode()) {
                        hallFeed.ifPresent(HallFeed::start); // after the node it follows is up
                    }
                    controlSocket.start(lock, db, sync);
                });
            }
            UiSettings settings = new UiSettings(config.locale(), config.uiScale(), config.idleSeconds(),
                    config.idleWarningSeconds(), config.demo(), config.elderlyAge());

            Platform.setImplicitExit(false);
            startToolkit(() -> {
                Theme.loadFonts(AppHome.assets().resolve("fonts"));
                Catalogs loaded;
                try {
                    loaded = catalogs.join();
                } catch (java.util.concurrent.CompletionException e) {
                    return; // reported, and the kiosk stopped with exit code 2, by the catalogs' own handler
                }
                UiAssembly.Services services = new UiAssembly.Services(new HelpRequests(audit),
                        new TechnicianAccess(config.technicianPinHash(), clock, audit),
                        () -> status(database, voice, identification, hall.describe() + "; " + panel.status()), central.evoucher(), cards.demoSlot(),
                        loaded, filing, payment.map(PaymentSetup::payment), policy, receipts, satisfaction, queries,
                        central.demoNetwork(), hallDesk, new PanelSignals(panel));
                UiAssembly ui = new UiAssembly(settings, voice, clock, new FxTaskRunner(workers), services, quit);
                uiRef.set(ui);
                KioskWindow.show(new Stage(), ui, !config.demo(), quit, () -> {
                    firstFrame(startNanos);
                    workers.execute(() -> buildPolicySearch(catalogs, policy));
                    payment.ifPresent(p -> workers.execute(p::recover));
                    workers.execute(() -> {
                        try {
                            database.complete(Database.open(config.databaseDir()));
                        } catch (RuntimeException | Error e) {
                            database.completeExceptionally(e);
                        }
                    });
                    if (exitAfterStart) {
                        database.whenComplete((db, failure) -> quit.run());
                    } else {
                        readers.start();
                        central.begin();
                        if (!hall.servesNode()) {
                            hallFeed.ifPresent(HallFeed::start); // a member's node runs elsewhere
                        }
                        voice.warmUp(catalog.keys(config.locale()).stream().filter(k -> k.startsWith("prompt.")).toList(),
                                Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
                    }
                });
            });
            closed.await();
            controlSocket.close();
            central.close();
            hallFeed.ifPresent(HallFeed::close);
            hall.close();
            panel.close();
            readers.close();
            voice.close();
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.SECONDS);
            database.thenAccept(Database::close);
            LOG.info("kiosk stopped");
            return exitCode.get();
        }
    }

    /** The policy search index over the articles the catalogs already read. */
    private static void buildPolicySearch(CompletableFuture<Catalogs> catalogs, CompletableFuture<PolicySearch> policy) {
        try {
            policy.complete(new PolicySearch(catalogs.join().policy()));
        } catch (RuntimeException | Error e) {
            LOG.error("the policy articles could not be loaded; 政策咨询 shows a message instead", e);
            policy.completeExceptionally(e);
        }
    }

    /** Runs {@code work} on the UI once it exists (feed events can come before the first frame). FX thread. */
    private static void withUi(AtomicReference<UiAssembly> uiRef, java.util.function.Consumer<UiAssembly> work) {
        UiAssembly ui = uiRef.get();
        if (ui != null) {
            work.accept(ui);
        }
    }

    /** The hall's queue categories, checked now: a broken file stops the kiosk like a bad config key. */
    static QueueCategories queueCategories(KioskConfig config) {
        try {
            return new QueueCategoryLoader().load(config.configDir());
        } catch (CatalogException e) {
            throw new ConfigException(e.problems());
        }
    }

    /** The catalogs, checked now: a broken one stops the kiosk with its problems, like a bad config key. */
    private static Catalogs catalogs(KioskConfig config) {
        try {
            return new CatalogLoader().load(config.configDir());
        } catch (CatalogException e) {
            throw new ConfigException(e.problems());
        }
    }

    private QueryServices queries(CompletableFuture<Database> database, AuditLog audit, Clock clock,
                                  CentralWiring.LiveData live, ReceiptPrinter printer,
                                  java.util.function.Supplier<io.anxin.kiosk.device.print.ReceiptFonts> fonts) {
        return QuerySetup.services(config, new DeferredDataSource(database), live, live, printer,
                fonts, audit, clock);
    }

    /** Platform.startup, with "no display" turned into words for the technician instead of a stack trace. */
    static void startToolkit(Runnable onFxThread) {
        try {
            Platform.startup(onFxThread);
        } catch (UnsupportedOperationException e) {
            throw new DisplayUnavailableException(e.getMessage(), e);
        }
    }

    /** The control socket, started once the database is open unless the kiosk is already stopping. */
    private final class ControlSocket implements AutoCloseable {
        private ControlServer server;
        private boolean closed;

        synchronized void start(DataFolderLock lock, Database db, Optional<SyncWorker> sync) {
            if (closed) {
                return;
            }
            try {
                server = ControlServer.start(lock, config.dataDir(), control.apply(db, sync));
            } catch (IOException | RuntimeException e) {
                LOG.warn("the control socket did not start; technician commands cannot reach this kiosk until it "
                        + "restarts: {}", e.toString());
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (server != null) {
                server.close();
            }
        }
    }

    private void firstFrame(long startNanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        long sinceProcessStart = ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
        LOG.info("first frame {} ms after the process started ({} ms after start of run)", sinceProcessStart, millis);
        if (reportFirstFrame) {
            System.out.println("FIRST_FRAME " + System.currentTimeMillis());
            System.out.flush();
        }
    }

    /** Device health for the heartbeat: ok, absent or error. */
    private static java.util.Map<String, String> devices(KioskVoice voice, CardIdentification cards) {
        String reader = cards.readerState().startsWith("ready") ? "ok"
                : cards.readerState().startsWith("no reader") ? "absent" : "error";
        String audio = voice.status().state() == io.anxin.kiosk.voice.VoiceStatus.State.OK ? "ok" : "error";
        return java.util.Map.of("cardReader", reader, "audio", audio);
    }

    private List<Message> status(CompletableFuture<Database> database, KioskVoice voice, CardIdentification cards,
                                 String hallStatus) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("technician.menu.terminal", config.terminalId()));
        lines.add(Message.of("technician.menu.mode", config.demo() ? "demo" : "kiosk"));
        lines.add(Message.of("technician.menu.version", AppHome.version()));
        lines.add(Message.of("technician.menu.data", config.dataDir().toString()));
        lines.add(Message.of("technician.menu.voice", voice.status().state() + " " + voice.status().detail()));
        lines.add(Message.of("technician.menu.card", cards.readerState()));
        lines.add(Message.of("technician.menu.database", database.join().epoch()));
        lines.add(Message.of("technician.menu.hall", hallStatus));
        return lines;
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
