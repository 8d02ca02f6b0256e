package io.anxin.kiosk.ui.counter;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.testfx.api.FxToolkit;

import io.anxin.kiosk.app.CounterAssembly;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.hall.HallFixtures;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.hall.StaffFixtures;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.support.SyncTaskRunner;

/**
 * A real hall node on 127.0.0.1 (port 0, then the same port after a restart) with the demo clerks, a
 * kiosk client, and a counter console on the primary stage following the node through a real
 * HallFeed, as the composition root wires it.
 */
final class CounterRig implements AutoCloseable {

    static final String KIOSK_TOKEN = "kiosk-token-0123456789abcdef";
    static final String COUNTER_TOKEN = "counter-token-0123456789abcdef";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), HallFixtures.ZONE);
    final AtomicInteger alerts = new AtomicInteger();
    final Database db;
    final StaffRoster roster = StaffFixtures.roster();
    final Stage stage;
    HallNode node;
    int port;
    HallClient kiosk;
    HallClient counter;
    CounterAssembly ui;
    private HallFeed feed;

    CounterRig(Path dir) throws Exception {
        db = Database.open(dir.resolve("db"));
        startNode(0);
        stage = FxToolkit.registerPrimaryStage();
        KioskUiHarness.onFx(() -> {
            Theme.loadFonts();
            return null;
        });
        newConsole();
    }

    void startNode(int onPort) {
        HallQueue queue = HallFixtures.queue(db, clock);
        node = HallNode.start(queue, InetAddress.getLoopbackAddress(), onPort,
                Map.of(KIOSK_TOKEN, "KIOSK-01", COUNTER_TOKEN, "COUNTER-01"), StaffFixtures.desk(roster, db, clock));
        port = node.port();
        URI url = URI.create("http://127.0.0.1:" + port + "/");
        kiosk = new HallClient(url, KIOSK_TOKEN, Duration.ofSeconds(5));
        counter = new HallClient(url, COUNTER_TOKEN, Duration.ofSeconds(5));
    }

    /** A fresh console (as after a restart of the console program), following the node. */
    void newConsole() throws Exception {
        if (feed != null) {
            feed.close();
        }
        ui = KioskUiHarness.onFx(() -> {
            CounterAssembly a = new CounterAssembly(new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60),
                    clock, new SyncTaskRunner(), counter, HallFixtures.categories(), alerts::incrementAndGet, () -> { });
            stage.setScene(a.scene());
            stage.setWidth(1920);
            stage.setHeight(1080);
            stage.show();
            return a;
        });
        CounterAssembly target = ui;
        feed = new HallFeed(counter, new HallFeed.Listener() {
            @Override
            public void board(HallBoard board) {
                Platform.runLater(() -> target.onBoard(board));
            }

            @Override
            public void event(HallEvent event) {
                Platform.runLater(() -> target.onEvent(event));
            }

            @Override
            public void connection(boolean reachable, String detail) {
                Platform.runLater(() -> target.onConnection(reachable, detail));
            }
        }, Duration.ofMillis(200));
        feed.start();
    }

    <T extends Node> T node(String id) throws Exception {
        return KioskUiHarness.onFx(() -> {
            @SuppressWarnings("unchecked")
            T n = (T) ui.scene().lookup("#" + id);
            if (n == null) {
                throw new AssertionError("no node #" + id + " on the console");
            }
            return n;
        });
    }

    String text(String id) throws Exception {
        Labeled l = node(id);
        return KioskUiHarness.onFx(l::getText);
    }

    void layout() throws Exception {
        KioskUiHarness.onFx(() -> {
            ui.scene().getRoot().applyCss();
            ui.scene().getRoot().layout();
            return null;
        });
    }

    @Override
    public void close() throws Exception {
        feed.close();
        KioskUiHarness.onFx(() -> {
            ui.stop();
            stage.hide();
            return null;
        });
        node.close();
        db.close();
    }
}
