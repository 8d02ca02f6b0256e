package io.anxin.kiosk.ui.queue;

import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.fire;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.fx;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.largeText;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.lastSpoken;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.sceneText;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.snapshot;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import javafx.application.Platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;

import io.anxin.kiosk.device.panel.PanelPins;
import io.anxin.kiosk.device.panel.Pi4jHallPanel;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.store.AuditEvent;
import io.anxin.kiosk.ui.KioskShell;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.resident.CallStaffViewModel;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * 呼叫工作人员 in a hall through the real screens: the call reaches the node with the screen the
 * resident was on, the GPIO lamp (pi4j mock provider) is lit until a counter takes the call, and the
 * kiosk then says someone is coming; the physical help button raises the same call; the presence
 * sensor wakes the attract screen with a greeting, not again within 30 s.
 */
class HallHelpJourneyTest {

    private static final UiSettings SETTINGS = new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60);

    @TempDir
    Path dataDir;

    private final MutableClock panelClock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private Context pi4j;
    private Pi4jHallPanel panel;

    @BeforeEach
    void gpio() {
        pi4j = HallKioskJourneyTest.mockGpio();
        // a short presence gap in the panel, so the kiosk's own 30 s greeting gap is what the test sees
        panel = new Pi4jHallPanel(pi4j, false, new PanelPins(OptionalInt.of(17), OptionalInt.of(27), OptionalInt.of(22), true),
                panelClock, Duration.ofMillis(50), Duration.ofSeconds(1));
        button().mockState(DigitalState.HIGH);
        presence().mockState(DigitalState.LOW);
        panelClock.advance(Duration.ofSeconds(1));
    }

    @AfterEach
    void closeGpio() {
        panel.close();
        pi4j.shutdown();
    }

    private MockDigitalInput button() {
        return pi4j.io("help-button", MockDigitalInput.class);
    }

    private MockDigitalInput presence() {
        return pi4j.io("presence", MockDigitalInput.class);
    }

    private DigitalState lamp() {
        return pi4j.io("help-lamp", DigitalOutput.class).state();
    }

    private static HallFeed follow(KioskUiHarness h) {
        HallFeed feed = new HallFeed(new HallClient(h.hallUrl(), KioskUiHarness.KIOSK_TOKEN, Duration.ofSeconds(5)),
                new HallFeed.Listener() {
                    @Override
                    public void board(HallBoard board) {
                        Platform.runLater(() -> h.ui.onHallBoard(board));
                    }

                    @Override
                    public void event(HallEvent event) {
                        Platform.runLater(() -> h.ui.onHallEvent(event));
                    }

                    @Override
                    public void connection(boolean reachable, String detail) {
                    }
                }, Duration.ofMillis(200));
        feed.start();
        return feed;
    }

    private static CallStaffViewModel.State state(KioskUiHarness h) throws Exception {
        return fx(() -> ((CallStaffViewModel) h.ui.registry().get(KioskShell.CALL_STAFF_SCREEN).model()).stateProperty().get());
    }

    @Test
    void aHelpCallReachesTheCountersAndTheKioskSaysWhenAClerkTakesIt() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel); HallFeed feed = follow(h)) {
            h.counter.claimWindow(1, "1001"); // a clerk is at window 1
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            assertThat(lamp()).isEqualTo(DigitalState.LOW);
            fire(h, "nav-call-staff");
            h.layout();

            assertThat(state(h)).isEqualTo(CallStaffViewModel.State.WAITING);
            assertThat(sceneText(h)).contains("已通知工作人员，请稍候");
            assertThat(lastSpoken(h).key()).isEqualTo("prompt.call.staff.waiting");
            List<HelpCall> open = h.counter.board().openHelp();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.screen()).isEqualTo("home");
                assertThat(c.terminal()).isEqualTo("TEST-01");
            });
            assertThat(lamp()).as("lamp on while the call is open").isEqualTo(DigitalState.HIGH);
            snapshot(h, "call-staff-waiting");
            largeText(h, true);
            snapshot(h, "call-staff-waiting-large");
            largeText(h, false);

            h.voice.clearEvents();
            h.counter.takeHelp(open.get(0).id());
            waitFor(() -> state(h) == CallStaffViewModel.State.COMING);
            h.layout();
            assertThat(sceneText(h)).contains("工作人员马上就到");
            assertThat(h.voice.events()).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(RecordingVoice.Type.SPEAK);
                assertThat(e.key()).isEqualTo("prompt.call.staff.coming");
            });
            assertThat(lamp()).as("lamp off once taken").isEqualTo(DigitalState.LOW);
            assertThat(h.counter.board().openHelp()).isEmpty();
            snapshot(h, "call-staff-coming");
            largeText(h, true);
            snapshot(h, "call-staff-coming-large");
        }
    }

    @Test
    void aCallTakenWhileTheFeedWasAwayIsFoundOnTheNextBoard() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel)) {
            h.counter.claimWindow(1, "1001");
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            fire(h, "nav-call-staff");
            long id = h.counter.board().openHelp().get(0).id();
            HallBoard before = h.counter.board();
            h.counter.takeHelp(id);
            fx(() -> {
                h.ui.onHallBoard(before); // an old board that still shows the call: nothing happens
                return null;
            });
            assertThat(state(h)).isEqualTo(CallStaffViewModel.State.WAITING);
            assertThat(lamp()).isEqualTo(DigitalState.HIGH);
            HallBoard after = h.counter.board();
            fx(() -> {
                h.ui.onHallBoard(after);
                return null;
            });
            waitFor(() -> state(h) == CallStaffViewModel.State.COMING);
            assertThat(lamp()).isEqualTo(DigitalState.LOW);
        }
    }

    @Test
    void withTheNodeDownTheRequestIsRecordedHereAndTheResidentIsSentToTheDesk() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel)) {
            h.hallNode.close();
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            fire(h, "nav-call-staff");
            h.layout();
            assertThat(state(h)).isEqualTo(CallStaffViewModel.State.LOCAL);
            assertThat(sceneText(h)).contains("请到服务台找工作人员");
            assertThat(lastSpoken(h).key()).isEqualTo("prompt.call.staff");
            assertThat(h.audit.latest(10)).extracting(AuditEvent::action).contains("help.requested");
            assertThat(h.audit.latest(10)).extracting(AuditEvent::detail).contains("from screen home");
            assertThat(lamp()).isEqualTo(DigitalState.LOW);
            snapshot(h, "call-staff-local");
        }
    }

    @Test
    void theGpioHelpButtonRaisesTheSameCallForTheScreenTheKioskIsOn() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel)) {
            h.counter.claimWindow(1, "1001");
            fx(() -> {
                h.ui.navigator().home();
                h.ui.navigator().goTo("services");
                return null;
            });
            button().mockState(DigitalState.LOW); // active low: pressed
            waitFor(() -> HallKioskJourneyTest.current(h).equals(KioskShell.CALL_STAFF_SCREEN)
                    && state(h) == CallStaffViewModel.State.WAITING);
            assertThat(h.counter.board().openHelp()).singleElement()
                    .satisfies(c -> assertThat(c.screen()).isEqualTo("services"));
            assertThat(lamp()).isEqualTo(DigitalState.HIGH);

            panelClock.advance(Duration.ofMillis(300));
            button().mockState(DigitalState.HIGH);
            panelClock.advance(Duration.ofMillis(300));
            button().mockState(DigitalState.LOW); // pressed again while the call is open
            fx(() -> null);
            h.layout();
            assertThat(HallKioskJourneyTest.current(h)).isEqualTo(KioskShell.CALL_STAFF_SCREEN);
            assertThat(h.counter.board().openHelp()).as("no second call while one is open").hasSize(1);
            fire(h, "call-staff-done");
            assertThat(HallKioskJourneyTest.current(h)).isEqualTo("services");
        }
    }

    @Test
    void thePresenceSensorWakesTheAttractScreenWithAGreetingNotAgainWithin30Seconds() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel)) {
            assertThat(HallKioskJourneyTest.current(h)).isEqualTo("attract");
            h.voice.clearEvents();
            arrive();
            waitFor(() -> greetings(h) == 1);

            arrive(); // again 2 s later: the panel reports it, the kiosk does not greet twice
            fx(() -> null);
            assertThat(greetings(h)).isEqualTo(1);

            h.clock.advance(Duration.ofSeconds(31));
            arrive();
            waitFor(() -> greetings(h) == 2);

            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            h.clock.advance(Duration.ofSeconds(31));
            arrive(); // someone is using the kiosk: no greeting over it
            fx(() -> null);
            assertThat(greetings(h)).isEqualTo(2);
        }
    }

    @Test
    void withoutAHallTheGpioHelpButtonAndThePresenceSensorStillWork() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, false, panel)) {
            h.voice.clearEvents();
            arrive();
            waitFor(() -> greetings(h) == 1);
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            button().mockState(DigitalState.LOW);
            waitFor(() -> HallKioskJourneyTest.current(h).equals(KioskShell.CALL_STAFF_SCREEN)
                    && state(h) == CallStaffViewModel.State.LOCAL);
            assertThat(h.audit.latest(5)).extracting(io.anxin.kiosk.store.AuditEvent::detail)
                    .as("recorded here; the screen sends the resident to the desk").contains("from screen home");
            assertThat(lamp()).as("no lamp: nobody could take the call and switch it off").isNotEqualTo(DigitalState.HIGH);
        }
    }

    @Test
    void withNoClerkAtAnyWindowTheResidentIsSentToTheDeskAndTheCallWaitsForTheFirstClerk() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, true, panel)) {
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            fire(h, "nav-call-staff");
            h.layout();
            waitFor(() -> state(h) == CallStaffViewModel.State.LOCAL);
            assertThat(sceneText(h)).contains("请到服务台").doesNotContain("已通知工作人员");
            assertThat(h.counter.board().openHelp()).as("the call waits on the node for the first clerk").hasSize(1);
            assertThat(lamp()).isEqualTo(DigitalState.HIGH);
        }
    }

    private void arrive() {
        presence().mockState(DigitalState.HIGH);
        panelClock.advance(Duration.ofSeconds(1));
        presence().mockState(DigitalState.LOW);
        panelClock.advance(Duration.ofSeconds(1));
    }

    private static long greetings(KioskUiHarness h) {
        return h.voice.events().stream().filter(e -> e.type() == RecordingVoice.Type.SPEAK
                && "prompt.attract.presence".equals(e.key())).count();
    }
}
