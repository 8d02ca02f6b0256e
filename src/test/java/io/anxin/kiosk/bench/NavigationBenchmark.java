package io.anxin.kiosk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import com.sun.javafx.perf.PerformanceTracker;

import io.anxin.kiosk.app.ConfigLoader;
import io.anxin.kiosk.app.UiAssembly;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.FxTaskRunner;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.voice.RecordingVoice;

import static io.anxin.kiosk.ui.support.KioskUiHarness.onFx;

/**
 * Resident-screen navigation: a tap on a button to the next screen laid out and rendered, over the
 * real {@link UiAssembly} (real screens, real database on a worker pool, the app's {@link FxTaskRunner};
 * the voice is a recorder, so no sound). Walks attract -> home -> call-staff -> (done) home -> (back)
 * attract, over and over: a warm-up, then the measured navigations.
 *
 * <p>Each tap is a real mouse click through the JavaFX robot (glass input, as a touch panel
 * delivers it), or {@code Button.fire()} with {@code -Danxin.bench.input=fire}. Timestamps: t0 just
 * before the click; "laid out" = the post-layout pulse listener of the first pulse after the screen
 * changed (what the kiosk's FIRST_FRAME also uses); "rendered" = the scene's next rendered-frame
 * notification after that (JavaFX's PerformanceTracker hook, delivered to the FX thread when the
 * render thread has painted the frame).
 *
 * <p>Run: {@code bench/navigation.sh} (Monocle headless, as the UI tests) or
 * {@code bench/navigation.sh --xvfb} (the real GTK glass on an Xvfb display). Writes
 * target/benchmarks/navigation.txt; asserts nothing about time.
 */
@Tag("benchmark")
class NavigationBenchmark {

    private static final int WARM_UP = Integer.getInteger("anxin.bench.warmup", 100);
    private static final int MEASURED = Integer.getInteger("anxin.bench.navigations", 400);
    private static final boolean ROBOT = !"fire".equals(System.getProperty("anxin.bench.input"));

    /** The walk: the button's role, and the screen it leads to. */
    private static final String[][] WALK = {
        {"attract-start", "home"},
        {"nav-call-staff", "call-staff"},
        {"call-staff-done", "home"},
        {"nav-back", "attract"},
    };

    @TempDir
    Path dataDir;

    private Stage stage;
    private UiAssembly ui;
    private Robot robot;
    private volatile Probe probe;

    /** One navigation in flight; FX thread only, except {@link #done}. */
    private static final class Probe {
        final String target;
        final long t0;
        long laidOut;
        final CompletableFuture<long[]> done = new CompletableFuture<>();

        Probe(String target, long t0) {
            this.target = target;
            this.t0 = t0;
        }
    }

    private io.anxin.kiosk.service.ReceiptPrinting completionReceipts(AuditLog audit, Clock clock) {
        var catalogs = new io.anxin.kiosk.catalog.CatalogLoader().load(java.nio.file.Path.of("kiosk-config"));
        var renderer = new io.anxin.kiosk.device.print.ReceiptRenderer(io.anxin.kiosk.device.print.ReceiptFonts.bundled(),
                io.anxin.kiosk.device.print.ReceiptRenderer.WIDTH_80MM);
        return new io.anxin.kiosk.service.ReceiptPrinting(new io.anxin.kiosk.device.print.FilePrinter(dataDir.resolve("receipts"),
                renderer), catalogs.services(), catalogs.hall(), clock.getZone(), audit);
    }

    @Test
    void measure() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Theme.loadFonts();
            return null;
        });
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (Database database = Database.open(dataDir.resolve("db"))) {
            AuditLog audit = new AuditLog(database.dataSource(), clock, "BENCH-01");
            UiAssembly.Services services = new UiAssembly.Services(new HelpRequests(audit),
                    new TechnicianAccess(ConfigLoader.DEMO_PIN_HASH, clock, audit),
                    () -> List.of(Message.of("technician.menu.terminal", "BENCH-01")),
                    new io.anxin.kiosk.service.identify.OfflineEvoucherResolver(), java.util.Optional.empty(),
                    new io.anxin.kiosk.catalog.CatalogLoader().load(java.nio.file.Path.of("kiosk-config")),
                    new io.anxin.kiosk.service.FileSubmission(new io.anxin.kiosk.store.SubmissionStore(database.dataSource()),
                            clock, "BENCH-01"),
                    java.util.Optional.empty(),
                    java.util.concurrent.CompletableFuture.completedFuture(io.anxin.kiosk.ui.support.KioskUiHarness.POLICY),
                    completionReceipts(audit, clock),
                    new io.anxin.kiosk.service.SatisfactionSurvey(new io.anxin.kiosk.store.SatisfactionStore(database.dataSource()),
                            clock, "BENCH-01"),
                    io.anxin.kiosk.service.query.TestQueries.over(database, new io.anxin.kiosk.service.query.FakeLiveData(),
                            new io.anxin.kiosk.service.query.SlipPrinter(), audit, clock, "BENCH-01"),
                    java.util.Optional.empty(), java.util.Optional.empty());
            UiSettings settings = new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60);
            ui = onFx(() -> new UiAssembly(settings, new RecordingVoice(), clock, new FxTaskRunner(workers), services,
                    () -> { }));
            onFx(() -> {
                show(ui.scene());
                return null;
            });
            Thread.sleep(500);
            List<String> report = new ArrayList<>();
            report.add("# navigation " + LocalDateTime.now() + ": " + platform() + ", input "
                    + (ROBOT ? "robot mouse click" : "Button.fire()") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.version"));
            report.add(memory("memory after start (first screen shown)"));

            List<String> cold = new ArrayList<>();
            for (int i = 0; i < WALK.length; i++) {
                long[] t = navigate(WALK[i]);
                cold.add(String.format(Locale.ROOT, "%s %.1f/%.1f", WALK[i][1], ms(t[0]), ms(t[1])));
            }
            report.add("first visit of each screen (builds its view), laid out/rendered ms: " + String.join(", ", cold));
            for (int i = WALK.length; i < WARM_UP; i++) {
                navigate(WALK[i % WALK.length]);
            }
            report.add(memory("memory after " + WARM_UP + " navigations"));

            List<Double> laidOut = new ArrayList<>();
            List<Double> rendered = new ArrayList<>();
            Map<String, List<Double>> byStep = new LinkedHashMap<>();
            for (int i = 0; i < MEASURED; i++) {
                String[] step = WALK[i % WALK.length];
                long[] t = navigate(step);
                laidOut.add(ms(t[0]));
                rendered.add(ms(t[1]));
                byStep.computeIfAbsent(step[0] + " -> " + step[1], k -> new ArrayList<>()).add(ms(t[1]));
            }
            report.add(line(MEASURED + " navigations after " + WARM_UP + " warm-up, tap -> next screen laid out", laidOut));
            report.add(line(MEASURED + " navigations after " + WARM_UP + " warm-up, tap -> next screen rendered", rendered));
            byStep.forEach((step, values) -> report.add(line("  rendered, " + step, values)));
            report.add(memory("memory after " + (WARM_UP + MEASURED) + " navigations"));
            report.add("");

            Path out = Path.of("target", "benchmarks", "navigation.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            report.forEach(System.out::println);
        } finally {
            onFx(() -> {
                stage.hide();
                return null;
            });
            workers.shutdownNow();
        }
    }

    private void show(Scene scene) {
        robot = new Robot();
        scene.addPostLayoutPulseListener(() -> {
            Probe p = probe;
            if (p != null && p.laidOut == 0 && ui.navigator().current().id().equals(p.target)) {
                p.laidOut = System.nanoTime();
            }
        });
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            Probe p = probe;
            if (p != null && p.laidOut != 0 && !p.done.isDone()) {
                p.done.complete(new long[] {p.laidOut - p.t0, System.nanoTime() - p.t0});
            }
        });
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1920);
        stage.setHeight(1080);
        stage.show();
    }

    /** Taps the step's button and waits for the next screen to be rendered; nanos to laid out and rendered. */
    private long[] navigate(String[] step) throws Exception {
        onFx(() -> {
            if (ROBOT) {
                Bounds b = button(step[0]).localToScreen(button(step[0]).getBoundsInLocal());
                robot.mouseMove(b.getCenterX(), b.getCenterY());
            }
            return null;
        });
        Thread.sleep(30); // hover settles, as a finger lands
        Probe p = onFx(() -> {
            Probe next = new Probe(step[1], System.nanoTime());
            probe = next;
            if (ROBOT) {
                robot.mouseClick(MouseButton.PRIMARY);
            } else {
                button(step[0]).fire();
            }
            return next;
        });
        long[] t = p.done.get(10, TimeUnit.SECONDS);
        probe = null;
        Thread.sleep(20); // the resident reads the screen; lets the worker record the help request
        return t;
    }

    /** The shown button with this role (an id set by Controls.role). */
    private Button button(String role) {
        return (Button) ui.scene().lookup("#" + role);
    }

    private static String platform() {
        String glass = System.getProperty("glass.platform", "gtk");
        String prism = com.sun.prism.GraphicsPipeline.getPipeline() == null ? "?"
                : com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        return "glass " + glass + (System.getProperty("monocle.platform") != null
                ? " (" + System.getProperty("monocle.platform") + ")" : " on DISPLAY " + System.getenv("DISPLAY"))
                + ", prism " + prism;
    }

    private static String memory(String when) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "%s: heap used after GC %.1f MB, RSS %d MB (this JVM includes surefire and JUnit)",
                when, heap / 1048576.0, rssKb() / 1024);
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String line(String what, List<Double> millis) {
        List<Double> s = new ArrayList<>(millis);
        Collections.sort(s);
        return String.format(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", what,
                pct(s, 50), pct(s, 95), pct(s, 99), s.get(s.size() - 1), s.size());
    }

    private static double pct(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
