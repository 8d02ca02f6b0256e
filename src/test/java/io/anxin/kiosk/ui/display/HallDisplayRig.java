package io.anxin.kiosk.ui.display;

import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.testfx.api.FxToolkit;

import io.anxin.kiosk.app.HallDisplayAssembly;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.hall.HallTokens;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.voice.Voice;

/**
 * A hall node on 127.0.0.1 (its own H2 in {@code dir}, a token per terminal) and the hall display
 * following it through a real {@link HallFeed}, shown in the headless 1920x1080 stage: what the
 * composition root does for {@code --role hall-display}, with each feed call handed to the FX thread.
 */
final class HallDisplayRig implements AutoCloseable {

    static final String DISPLAY_TOKEN = "display-token-0123456789abcdef";
    static final String KIOSK_TOKEN = "kiosk-token-0123456789abcdef";
    static final String COUNTER_TOKEN = "counter-token-0123456789abcdef";

    final Database db;
    final HallQueue queue;
    final HallDisplayAssembly display;
    private final Map<String, String> tokens;
    private final int port;
    private final HallFeed feed;
    private HallNode node;

    /** Starts node, display and feed, and waits for the display's first board. */
    HallDisplayRig(Path dir, Clock displayClock, Voice voice) throws Exception {
        db = Database.open(dir.resolve("db"));
        Path tokenFile = dir.resolve("hall-tokens");
        Files.writeString(tokenFile, "DISPLAY-01 " + DISPLAY_TOKEN + "\nKIOSK-01 " + KIOSK_TOKEN + "\nCOUNTER-02 "
                + COUNTER_TOKEN + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        tokens = HallTokens.readNode(tokenFile);
        queue = new HallQueue(new HallQueueStore(db.dataSource()), HallDisplayViewModelTest.CATEGORIES,
                Duration.ofMinutes(15), 60, displayClock.getZone(), Clock.systemUTC(), Duration.ofMinutes(5));
        node = HallNode.start(queue, InetAddress.getLoopbackAddress(), 0, tokens);
        port = node.port();

        Stage stage = FxToolkit.registerPrimaryStage();
        display = KioskUiHarness.onFx(() -> {
            Theme.loadFonts();
            HallDisplayAssembly d = new HallDisplayAssembly(new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true,
                    60), displayClock, HallDisplayViewModelTest.CATEGORIES, voice);
            stage.setScene(d.scene());
            stage.setWidth(1920);
            stage.setHeight(1080);
            stage.show();
            return d;
        });
        feed = new HallFeed(client(DISPLAY_TOKEN), new HallFeed.Listener() {
            @Override
            public void board(HallBoard board) {
                Platform.runLater(() -> display.onBoard(board));
            }

            @Override
            public void event(HallEvent event) {
                Platform.runLater(() -> display.onEvent(event));
            }

            @Override
            public void connection(boolean reachable, String detail) {
                Platform.runLater(() -> display.onConnection(reachable, detail));
            }
        }, Duration.ofMillis(200));
        feed.start();
        waitFor("first board", () -> KioskUiHarness.onFx(() -> display.model().hasBoardProperty().get()));
    }

    HallClient client(String token) {
        return new HallClient(URI.create("http://127.0.0.1:" + port + "/"), token, Duration.ofSeconds(5));
    }

    void stopNode() {
        node.close();
        node = null;
    }

    /** Starts the node again on the same port and database. */
    void restartNode() throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                node = HallNode.start(queue, InetAddress.getLoopbackAddress(), port, tokens);
                return;
            } catch (HallException e) {
                if (!(e.getCause() instanceof BindException) || attempt > 100) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public void close() throws Exception {
        feed.close();
        KioskUiHarness.onFx(() -> {
            display.stop();
            return null;
        });
        if (node != null) {
            node.close();
        }
        db.close();
    }

    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
