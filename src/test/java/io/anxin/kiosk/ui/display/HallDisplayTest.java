package io.anxin.kiosk.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import io.anxin.kiosk.app.HallDisplayAssembly;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.a11y.AccessibilityWalker;
import io.anxin.kiosk.ui.a11y.Mode;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.voice.RecordingVoice;
import io.anxin.kiosk.voice.RecordingVoice.Type;

/**
 * The hall display against a real hall node on 127.0.0.1 through a real {@link HallFeed}: a counter
 * calls, the display shows and announces; the node goes away, the display keeps its calls under a
 * banner; it comes back, the board is shown and not announced. Also the accessibility checks of what
 * is drawn (elder thresholds) and the PNGs in target/screenshots/display-*.png.
 */
class HallDisplayTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final RecordingVoice voice = new RecordingVoice();
    private HallDisplayRig rig;
    private HallDisplayAssembly display;

    @BeforeEach
    void start() throws Exception {
        rig = new HallDisplayRig(dir, clock, voice);
        display = rig.display;
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private HallClient client(String token) {
        return rig.client(token);
    }

    @Test
    void aCounterCallIsShownAndAnnouncedAndTheDisplaySurvivesTheNodeGoingAway() throws Exception {
        assertThat(text("display-current-number")).isEmpty();
        snapshot("display-no-calls");
        HallClient kiosk = client(HallDisplayRig.KIOSK_TOKEN);
        HallClient counter = client(HallDisplayRig.COUNTER_TOKEN);
        for (int i = 1; i <= 9; i++) {
            kiosk.issue(i % 3 == 0 ? "chronic" : "general", null, false, "r" + i);
        }
        kiosk.issue("general", 72, false, "r-elderly");
        waitFor("waiting counts", () -> text("display-waiting-general").equals("6 人"));

        Ticket y = counter.callNext(1, "c1").orElseThrow();
        assertThat(y.number()).isEqualTo("Y001");
        waitFor("Y001 shown", () -> text("display-current-number").equals("Y001"));
        assertThat(text("display-current-window")).isEqualTo("到 1 号窗口");
        assertThat(onFx(() -> display.model().freshProperty().get())).isTrue();
        assertThat(announcements()).containsExactly("chime", "Y001->1", "Y001->1");

        Ticket a = counter.callNext(2, "c2").orElseThrow();
        waitFor("A001 shown", () -> text("display-current-number").equals(a.number()));
        assertThat(announcements()).as("queued behind Y001, not cut").containsExactly("chime", "Y001->1", "Y001->1");
        clock.advance(Duration.ofSeconds(10));
        onFx(() -> {
            display.tick();
            return null;
        });
        assertThat(announcements()).containsExactly("chime", "Y001->1", "Y001->1", "chime", "A001->2", "A001->2");

        counter.recall(y.id());
        counter.callNext(4, "c4").orElseThrow();
        counter.callNext(3, "c3").orElseThrow();
        waitFor("five calls listed", () -> onFx(() -> display.model().recent().size()) == 4);
        assertThat(onFx(() -> display.model().recent().stream().map(CallRow::number).toList()))
                .containsExactly("A002", "B001", "Y001", "A001");
        waitFor("waiting counts follow calls", () -> text("display-waiting-general").equals("4 人")
                && text("display-waiting-elderly").equals("0 人") && text("display-waiting-chronic").equals("2 人"));
        snapshot("display-calls");
        onFx(() -> {
            display.setHighContrast(true);
            return null;
        });
        snapshot("display-calls-high-contrast");
        onFx(() -> {
            display.setHighContrast(false);
            display.i18n().localeProperty().set(Locale.ENGLISH);
            return null;
        });
        snapshot("display-calls-en");
        onFx(() -> {
            display.i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE);
            clock.advance(HallDisplayViewModel.FRESH);
            display.tick();
            return null;
        });

        int heardBefore = voice.events().size();
        rig.stopNode();
        waitFor("banner", () -> onFx(() -> display.screen().view().lookup("#display-banner").isVisible()));
        assertThat(text("display-banner")).startsWith("连接中断");
        assertThat(text("display-current-number")).as("kept").isEqualTo("A002");
        snapshot("display-unreachable");

        rig.restartNode();
        waitFor("banner gone", () -> onFx(() -> !display.screen().view().lookup("#display-banner").isVisible()));
        waitFor("board after reconnect", () -> onFx(() -> display.model().connectedProperty().get()));
        Thread.sleep(300);
        assertThat(text("display-current-number")).isEqualTo("A002");
        assertThat(voice.events()).as("the board after reconnecting is not announced").hasSize(heardBefore);
        assertThat(voice.events()).extracting(RecordingVoice.Event::type).doesNotContain(Type.SPEAK, Type.CANCEL);
    }

    @Test
    void theDisplayMeetsTheElderChecks() throws Exception {
        HallClient kiosk = client(HallDisplayRig.KIOSK_TOKEN);
        HallClient counter = client(HallDisplayRig.COUNTER_TOKEN);
        for (int i = 1; i <= 8; i++) {
            kiosk.issue("general", null, false, "r" + i);
        }
        for (int w : new int[] {2, 3, 2, 3, 2, 3, 2}) {
            counter.callNext(w, "c" + w + "-" + System.nanoTime());
        }
        waitFor("six calls", () -> onFx(() -> display.model().recent().size()) == 6);
        // the theme itself, not the assembly's high-contrast switch: check 2 measures that every font follows the
        // root size (x1.5 when large), though the display offers no large-text mode (modes walked: no LARGE)
        ScreenContext.Standalone scene = new ScreenContext.Standalone(display.scene(),
                (large, highContrast) -> new Theme(1.0).apply(display.scene().getRoot(), large, highContrast),
                l -> display.i18n().localeProperty().set(l == null ? Locale.SIMPLIFIED_CHINESE : l));
        List<Violation> violations = AccessibilityWalker.walkStandalone(scene, display.screen(),
                List.of(Mode.NORMAL, Mode.HIGH_CONTRAST, Mode.ENGLISH), AccessibilityWalker.drawnChecks());
        assertThat(violations).isEmpty();

        String before = text("display-current-number");
        new FxRobot().clickOn(960, 540).clickOn(1700, 300).clickOn(300, 1000);
        assertThat(text("display-current-number")).as("a TV: clicks change nothing").isEqualTo(before);
        assertThat(onFx(() -> display.model().recent().size())).isEqualTo(6);
        snapshot("display-six-calls");
        rig.stopNode();
        waitFor("banner", () -> onFx(() -> display.screen().view().lookup("#display-banner").isVisible()));
        snapshot("display-six-calls-unreachable");
        assertThat(AccessibilityWalker.walkStandalone(scene, display.screen(), List.of(Mode.NORMAL, Mode.HIGH_CONTRAST, Mode.ENGLISH),
                AccessibilityWalker.drawnChecks())).as("with the banner").isEmpty();
    }

    /** The announcer's calls to the voice: "chime" or "number->window"; locale switches left out. */
    private List<String> announcements() {
        return voice.events().stream().filter(e -> e.type() != Type.SET_LOCALE)
                .map(e -> e.type() == Type.CHIME ? "chime"
                        : e.type() + ":" + e.key() + ":" + e.prompt().args().get(0) + "->" + e.prompt().args().get(1))
                .map(s -> s.replace("ENQUEUE:" + HallAnnouncer.CALL_KEY + ":", "")).toList();
    }

    private String text(String id) throws Exception {
        return onFx(() -> {
            Node n = display.screen().view().lookup("#" + id);
            return n == null ? "" : ((Label) n).getText();
        });
    }

    private void snapshot(String name) throws Exception {
        onFx(() -> {
            display.scene().getRoot().applyCss();
            display.scene().getRoot().layout();
            return Snapshots.write(display.scene(), name);
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return KioskUiHarness.onFx(work);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        HallDisplayRig.waitFor(what, condition);
    }
}
