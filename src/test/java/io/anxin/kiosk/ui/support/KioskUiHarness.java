package io.anxin.kiosk.ui.support;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.testfx.api.FxToolkit;

import io.anxin.kiosk.app.UiAssembly;
import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.payment.ContributionPayment;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.ReceiptPrinting;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.store.SatisfactionStore;
import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.voice.RecordingVoice;
import io.anxin.kiosk.device.card.sim.DemoCardCatalog;
import io.anxin.kiosk.device.card.sim.SimulatedCardTerminals;
import io.anxin.kiosk.service.identify.DemoCardSlot;
import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.service.identify.CardIdentification;
import io.anxin.kiosk.service.identify.EvoucherResolver;
import io.anxin.kiosk.service.identify.OfflineEvoucherResolver;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.service.policy.PolicySearch;

import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.query.FakeLiveData;
import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.service.query.SlipPrinter;
import io.anxin.kiosk.service.query.TestQueries;

/**
 * The real UI, built by {@link UiAssembly} over a temporary database, a recording voice and a clock
 * the test moves, shown in a 1920x1080 headless (Monocle) stage.
 */
public final class KioskUiHarness implements AutoCloseable {

    public static final String DEMO_PIN = "2468";
    /** The shipped policy articles, indexed once for every harness. */
    public static final PolicySearch POLICY = new PolicySearch(
            new CatalogLoader().policy(Path.of("kiosk-config", CatalogLoader.POLICY)));

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    public final RecordingVoice voice = new RecordingVoice();
    public final Database database;
    public final AuditLog audit;
    public final UiAssembly ui;
    public final UiSettings settings;
    /** The data folder: database, and logs when a test points logging there. */
    public final Path dataDir;
    public final Stage stage;
    public final SimulatedCardTerminals simulator;
    public final DemoCardSlot demoCards;
    /** What the e-voucher resolver answers; offline unless a test says otherwise. */
    public volatile EvoucherResolver evoucherAnswer = new OfflineEvoucherResolver();
    private final EvoucherResolver evoucher = token -> evoucherAnswer.resolve(token);
    public volatile boolean quitRequested;
    public final Catalogs catalogs;
    public final FileSubmission filing;
    /** What paying a contribution does; a test sets it. */
    public volatile ContributionPayment payment = order -> {
        throw new IllegalStateException("no payment terminal in this test");
    };
    /** Receipts: the file printer into {@link #receiptDir}, made to fail when a test says so. */
    public final SwitchablePrinter printer;
    public final Path receiptDir;
    /** The central server's live data: offline unless a test says otherwise. */
    public final FakeLiveData live = new FakeLiveData();
    /** Where certificates are printed. */
    public final SlipPrinter slips = new SlipPrinter();
    /** The hall node this kiosk is a member of; null for a standalone harness. */
    public final io.anxin.kiosk.hall.HallNode hallNode;
    /** A counter console's client of {@link #hallNode} (calls tickets, takes help calls); null when standalone. */
    public final io.anxin.kiosk.hall.HallClient counter;
    public final io.anxin.kiosk.device.panel.HallPanel panel;
    public static final String KIOSK_TOKEN = "harness-kiosk-token-0123456789";
    public static final String COUNTER_TOKEN = "harness-counter-token-0123456789";
    /** The hall display's token on {@link #hallNode}; the demo clerks 1001/1357 and 1002/2468 may sign in there. */
    public static final String DISPLAY_TOKEN = "harness-display-token-0123456789";

    public KioskUiHarness(Path dataDir) throws Exception {
        this(dataDir, new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60));
    }

    public KioskUiHarness(Path dataDir, UiSettings settings) throws Exception {
        this(dataDir, settings, true, new io.anxin.kiosk.device.panel.NoHallPanel("test harness"));
    }

    /**
     * @param hall true: a real hall node on 127.0.0.1 (port 0) over this harness's database, and the
     *        kiosk is its member (取号排队, live help calls); false: a standalone kiosk
     * @param panel the hall panel (GPIO); tests of the help button and sensor give pi4j's mock provider
     */
    public KioskUiHarness(Path dataDir, UiSettings settings, boolean hall, io.anxin.kiosk.device.panel.HallPanel panel)
            throws Exception {
        this.settings = settings;
        this.panel = panel;
        this.dataDir = dataDir;
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Theme.loadFonts();
            return null;
        });
        database = Database.open(dataDir.resolve("db"));
        audit = new AuditLog(database.dataSource(), clock, "TEST-01");
        TechnicianAccess access = new TechnicianAccess(io.anxin.kiosk.app.ConfigLoader.DEMO_PIN_HASH, clock, audit);
        receiptDir = dataDir.resolve("receipts");
        printer = new SwitchablePrinter(new io.anxin.kiosk.device.print.FilePrinter(receiptDir,
                new io.anxin.kiosk.device.print.ReceiptRenderer(io.anxin.kiosk.device.print.ReceiptFonts.bundled(),
                        io.anxin.kiosk.device.print.ReceiptRenderer.WIDTH_80MM)));
        simulator = new SimulatedCardTerminals();
        demoCards = new DemoCardSlot(simulator, DemoCardCatalog.load(Path.of("kiosk-config", DemoCardCatalog.FILE_NAME)));
        catalogs = new CatalogLoader().load(Path.of("kiosk-config"));
        filing = new FileSubmission(new SubmissionStore(database.dataSource()), clock, "TEST-01");
        if (hall) {
            hallNode = io.anxin.kiosk.hall.HallNode.start(new io.anxin.kiosk.hall.HallQueue(
                    new io.anxin.kiosk.store.HallQueueStore(database.dataSource()), queueCategories(), java.time.Duration.ofMinutes(15),
                    settings.elderlyAge(), clock.getZone(), clock, java.time.Duration.ofMinutes(5)),
                    java.net.InetAddress.getLoopbackAddress(), 0, java.util.Map.of(KIOSK_TOKEN, "TEST-01", COUNTER_TOKEN, "COUNTER-02",
                            DISPLAY_TOKEN, "DISPLAY-03"),
                    io.anxin.kiosk.hall.StaffFixtures.desk(io.anxin.kiosk.hall.StaffFixtures.roster(), database, clock));
            counter = new io.anxin.kiosk.hall.HallClient(hallUrl(), COUNTER_TOKEN, java.time.Duration.ofSeconds(5));
        } else {
            hallNode = null;
            counter = null;
        }
        UiAssembly.Services services = new UiAssembly.Services(new HelpRequests(audit), access,
                () -> List.of(Message.of("technician.menu.terminal", "TEST-01")), evoucher, Optional.of(demoCards),
                catalogs, filing, Optional.of(order -> payment.pay(order)), CompletableFuture.completedFuture(POLICY),
                new ReceiptPrinting(printer, catalogs.services(), catalogs.hall(), clock.getZone(), audit),
                new SatisfactionSurvey(new SatisfactionStore(database.dataSource()), clock, "TEST-01"),
                queries(database, audit), Optional.empty(), hall ? Optional.of(hallDesk()) : Optional.empty(),
                new io.anxin.kiosk.service.PanelSignals(panel));
        ui = onFx(() -> new UiAssembly(settings, voice, clock, new SyncTaskRunner(), services, () -> quitRequested = true));
        onFx(() -> {
            stage.setScene(ui.scene());
            stage.setWidth(1920);
            stage.setHeight(1080);
            stage.show();
            return null;
        });
    }

    public static io.anxin.kiosk.domain.catalog.QueueCategories queueCategories() {
        return new io.anxin.kiosk.catalog.QueueCategoryLoader().load(Path.of("kiosk-config"));
    }

    /** The hall node's address. */
    public java.net.URI hallUrl() {
        return java.net.URI.create("http://127.0.0.1:" + hallNode.port() + "/");
    }

    private io.anxin.kiosk.service.hall.HallDesk hallDesk() {
        io.anxin.kiosk.hall.HallClient kiosk = new io.anxin.kiosk.hall.HallClient(hallUrl(), KIOSK_TOKEN,
                java.time.Duration.ofSeconds(2));
        return io.anxin.kiosk.service.hall.HallDesk.create(kiosk, panel, queueCategories(), settings.elderlyAge(), printer,
                io.anxin.kiosk.device.print.ReceiptFonts::bundled, new HelpRequests(audit), clock);
    }

    private QueryServices queries(Database db, AuditLog auditLog) {
        live.failure = LiveDataFailure.OFFLINE;
        return TestQueries.over(db, live, slips, auditLog, clock, "TEST-01");
    }

    /**
     * Starts watching the simulated reader through the real javax.smartcardio path, delivering events
     * to the UI as the application does.
     */
    public CardReaders startCardReaders() {
        CardReaders readers = new CardReaders(simulator::terminals, java.util.regex.Pattern.compile(".*"),
                new CardIdentification(e -> Platform.runLater(() -> ui.onIdentifyEvent(e)), audit));
        readers.start();
        return readers;
    }

    /** Runs {@code work} on the FX thread, waits for it, lays the scene out and returns its result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
        return task.get(30, TimeUnit.SECONDS);
    }

    /** Applies CSS and lays out the whole scene, as a pulse would. */
    public void layout() throws Exception {
        onFx(() -> {
            ui.scene().getRoot().applyCss();
            ui.scene().getRoot().layout();
            return null;
        });
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
        if (hallNode != null) {
            hallNode.close();
        }
        database.close();
    }
}
