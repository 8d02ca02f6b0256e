package io.anxin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.RecordingVoice.Event;
import io.anxin.kiosk.voice.RecordingVoice.Type;

/**
 * A resident's visit and a technician's entry, through clicks on the real UI (TestFX robot on the
 * headless Monocle stage), with the clock and the idle guard driven by the test.
 */
class KioskJourneyTest {

    @TempDir
    Path dataDir;

    private KioskUiHarness h;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        h = new KioskUiHarness(dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void residentVisitFromAttractThroughLanguageLargeTextAndIdleBackToAttract() throws Exception {
        assertThat(currentId()).isEqualTo("attract");

        click("#attract-start");
        assertThat(currentId()).isEqualTo("home");
        assertThat(text("#shell-title")).isEqualTo("请选择要办理的业务");

        h.voice.clearEvents();
        click("#home-language");
        assertThat(text("#shell-title")).isEqualTo("Choose a service");
        assertThat(h.voice.events()).contains(new Event(Type.SET_LOCALE, null, 0, Locale.ENGLISH));
        assertThat(h.voice.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(h.voice.spokenKeys()).last().isEqualTo("prompt.home");
        click("#home-language");
        assertThat(text("#shell-title")).isEqualTo("请选择要办理的业务");
        assertThat(h.voice.locale().getLanguage()).isEqualTo("zh");

        click("#nav-text-size");
        assertThat(fx(() -> h.ui.session().largeTextProperty().get())).isTrue();
        assertThat(fx(() -> h.ui.scene().getRoot().getStyle())).contains("-fx-font-size: 42.00px");
        assertThat(fx(() -> ((Labeled) lookup("#nav-back")).getFont().getSize())).isEqualTo(42.0);
        assertThat(text("#nav-text-size")).isEqualTo("标准字");

        // English again, so that the end of the visit has a language to put back.
        click("#home-language");
        assertThat(h.voice.locale()).isEqualTo(Locale.ENGLISH);

        h.voice.clearEvents();
        goIdle();
        assertThat(shown("#idle-warning")).isTrue();
        assertThat(h.voice.spokenKeys()).contains("idle.warning.prompt");
        assertThat(text("#idle-count")).contains("30");

        click("#idle-continue");
        assertThat(shown("#idle-warning")).isFalse();
        assertThat(currentId()).isEqualTo("home");

        goIdle();
        assertThat(shown("#idle-warning")).isTrue();
        for (int s = 0; s < h.settings.idleWarningSeconds() && !fx(() -> h.ui.navigator().atRoot()); s++) {
            h.clock.advance(Duration.ofSeconds(1));
            tick();
        }

        assertThat(currentId()).isEqualTo("attract");
        assertThat(shown("#idle-warning")).isFalse();
        assertThat(fx(() -> h.ui.session().largeTextProperty().get())).isFalse();
        assertThat(fx(() -> h.ui.scene().getRoot().getStyle())).contains("-fx-font-size: 28.00px");
        assertThat(fx(() -> h.ui.i18n().localeProperty().get())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(h.voice.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(h.voice.events()).extracting(Event::type).contains(Type.RESET_SESSION);
        assertThat(h.voice.lastRepeatPrompt()).isIn(null, Prompt.of("prompt.attract"));
        assertThat(text("#shell-title")).isEqualTo("安心医保自助终端");
    }

    @Test
    void technicianPinLocksAfterFiveWrongTriesAndTheDemoPinOpensTheMenuWithoutSpeakingDigits() throws Exception {
        for (int i = 0; i < 5; i++) {
            click("#shell-logo");
        }
        assertThat(currentId()).isEqualTo(KioskShell.TECHNICIAN_SCREEN);

        for (int attempt = 1; attempt <= TechnicianAccess.MAX_TRIES; attempt++) {
            h.voice.clearEvents();
            enterPin("1357");
            String expectedKey = attempt < TechnicianAccess.MAX_TRIES ? "technician.pin.wrong" : "technician.pin.locked";
            assertThat(shown("#error-banner")).isTrue();
            int left = TechnicianAccess.MAX_TRIES - attempt;
            String words = attempt < TechnicianAccess.MAX_TRIES
                    ? fx(() -> h.ui.i18n().text("technician.pin.wrong", left))
                    : fx(() -> h.ui.i18n().text("technician.pin.locked", TechnicianAccess.MAX_TRIES, 5));
            assertThat(text("#error-banner")).isEqualTo(words);
            assertThat(h.voice.spokenKeys()).last().isEqualTo(expectedKey);
            assertOnlyPositionsSpoken(h.voice.events(), 4);
            assertThat(currentId()).isEqualTo(KioskShell.TECHNICIAN_SCREEN);
        }

        enterPin(KioskUiHarness.DEMO_PIN);
        assertThat(currentId()).as("still locked").isEqualTo(KioskShell.TECHNICIAN_SCREEN);

        h.clock.advance(TechnicianAccess.LOCK_TIME.plusSeconds(1));
        h.voice.clearEvents();
        enterPin(KioskUiHarness.DEMO_PIN);
        assertThat(currentId()).isEqualTo("technician-menu");
        assertOnlyPositionsSpoken(h.voice.events(), KioskUiHarness.DEMO_PIN.length());
        assertThat(h.voice.spokenKeys()).last().isEqualTo("prompt.technician.menu");
    }

    /** Every digit is acknowledged by its position only: a private "第N位已输入", never the digit. */
    private static void assertOnlyPositionsSpoken(List<Event> events, int digits) {
        List<Prompt> positions = events.stream().filter(e -> e.type() == Type.SPEAK)
                .filter(e -> e.key().equals("entry.position")).map(Event::prompt).toList();
        assertThat(positions).hasSize(digits);
        for (int i = 0; i < digits; i++) {
            assertThat(positions.get(i).args()).containsExactly(i + 1);
            assertThat(positions.get(i).privateEntry()).isTrue();
        }
        assertThat(events).filteredOn(e -> e.prompt() != null)
                .allSatisfy(e -> assertThat(e.key()).isIn("entry.position", "technician.pin.wrong",
                        "technician.pin.locked", "prompt.technician.menu"));
    }

    private void enterPin(String pin) throws Exception {
        for (char c : pin.toCharArray()) {
            click("#key-" + c);
        }
        click("#key-confirm");
    }

    private void goIdle() throws Exception {
        h.clock.advance(Duration.ofSeconds(h.settings.idleSeconds()));
        tick();
    }

    private void tick() throws Exception {
        fx(() -> {
            h.ui.idleGuard().tick();
            return null;
        });
        h.layout();
    }

    private void click(String query) throws Exception {
        Node node = fx(() -> lookup(query));
        assertThat(node).as(query).isNotNull();
        robot.clickOn(node, Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        h.layout();
    }

    private Node lookup(String query) {
        return h.ui.scene().getRoot().lookup(query);
    }

    private String currentId() throws Exception {
        return fx(() -> h.ui.navigator().current().id());
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) lookup(query)).getText());
    }

    private boolean shown(String query) throws Exception {
        return fx(() -> io.anxin.kiosk.ui.a11y.SceneQueries.shown(lookup(query)));
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return KioskUiHarness.onFx(work);
    }

}
