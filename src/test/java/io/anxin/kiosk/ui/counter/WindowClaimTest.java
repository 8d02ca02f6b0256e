package io.anxin.kiosk.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import io.anxin.kiosk.app.CounterAssembly;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFixtures;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.StaffFixtures;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.support.SyncTaskRunner;

/** Two counter consoles never open the same window: the second is told so in words and chooses another. */
class WindowClaimTest {

    private static final String ONE = "console-one-token-0123456789";
    private static final String TWO = "console-two-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void aWindowOpenAtOneConsoleIsRefusedAtAnotherUntilTheFirstSignsOut() throws Exception {
        FxToolkit.registerPrimaryStage();
        KioskUiHarness.onFx(() -> {
            io.anxin.kiosk.ui.Theme.loadFonts();
            return null;
        });
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), HallFixtures.ZONE);
        try (Database db = Database.open(dir.resolve("db"));
             HallNode node = HallNode.start(HallFixtures.queue(db, clock), InetAddress.getLoopbackAddress(), 0,
                     Map.of(ONE, "COUNTER-01", TWO, "COUNTER-02"), StaffFixtures.desk(StaffFixtures.roster(), db, clock))) {
            URI url = URI.create("http://127.0.0.1:" + node.port() + "/");
            CounterAssembly first = console(clock, new HallClient(url, ONE, Duration.ofSeconds(5)));
            CounterAssembly second = console(clock, new HallClient(url, TWO, Duration.ofSeconds(5)));
            signIn(first, "1001", "1357");
            signIn(second, "1002", "2468");

            press(first.scene(), "window-1");
            assertThat(screen(first)).isEqualTo(CounterSession.CONSOLE);
            press(second.scene(), "window-1");
            assertThat(screen(second)).as("window 1 is open at the first console").isEqualTo(CounterSession.WINDOW);
            assertThat(errorText(second)).contains("第 1 号窗口", "另一台叫号台");
            KioskUiHarness.onFx(() -> {
                second.scene().getRoot().applyCss();
                second.scene().getRoot().layout();
                return io.anxin.kiosk.ui.support.Snapshots.write(second.scene(), "counter-window-taken");
            });

            press(first.scene(), "counter-sign-out");
            press(second.scene(), "window-1");
            assertThat(screen(second)).as("free after the first signed out").isEqualTo(CounterSession.CONSOLE);
            KioskUiHarness.onFx(() -> {
                first.stop();
                second.stop();
                return null;
            });
        }
    }

    private static CounterAssembly console(MutableClock clock, HallClient client) throws Exception {
        return KioskUiHarness.onFx(() -> new CounterAssembly(new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60),
                clock, new SyncTaskRunner(), client, HallFixtures.categories(), () -> { }, () -> { }));
    }

    private static void signIn(CounterAssembly console, String staffNo, String pin) throws Exception {
        press(console.scene(), "counter-field-staff-no");
        for (char c : staffNo.toCharArray()) {
            press(console.scene(), "key-" + c);
        }
        press(console.scene(), "counter-field-pin");
        for (char c : pin.toCharArray()) {
            press(console.scene(), "key-" + c);
        }
        press(console.scene(), "counter-submit");
        assertThat(screen(console)).isEqualTo(CounterSession.WINDOW);
    }

    private static String screen(CounterAssembly console) throws Exception {
        return KioskUiHarness.onFx(() -> console.session().screenProperty().get());
    }

    /** The error the window choice shows (in the screen's red banner). */
    private static String errorText(CounterAssembly console) throws Exception {
        return KioskUiHarness.onFx(() -> console.i18n().text(console.windowChoice().errorProperty().get()));
    }

    private static void press(Scene scene, String id) throws Exception {
        KioskUiHarness.onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Node n = scene.lookup("#" + id);
            assertThat(n).as(id).isInstanceOf(Button.class);
            ((Button) n).fire();
            return null;
        });
    }
}
