package io.anxin.kiosk.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;

/** The counter console against a real hall node on loopback, clicked through like a clerk would. */
class CounterConsoleTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void aClerkSignsInCallsThePriorityTicketFirstAndEveryActionChangesTheNode() throws Exception {
        try (CounterRig rig = new CounterRig(dir)) {
            snap(rig, "counter-sign-in");
            signIn(rig, "1001", "9999");
            assertThat(rig.text("counter-error")).contains("还可以再试 4 次");
            assertThat(screen(rig)).isEqualTo(CounterSession.SIGN_IN);
            signIn(rig, null, "1357");
            assertThat(screen(rig)).isEqualTo(CounterSession.WINDOW);
            assertThat(rig.text("counter-clerk")).contains("1001").contains("王敏");
            assertThat(rig.text("window-1")).contains("老年人优先窗口");
            assertThat(rig.text("window-3")).contains("参保登记与缴费");
            snap(rig, "counter-window");
            click(rig, "window-1");
            assertThat(screen(rig)).isEqualTo(CounterSession.CONSOLE);

            rig.kiosk.issue("general", null, false, "k1");
            Ticket y1 = rig.kiosk.issue("chronic", 72, false, "k2").ticket();
            rig.kiosk.issue("general", 30, false, "k3");
            assertThat(y1.number()).isEqualTo("Y001");
            waitUntil(() -> rig.text("waiting-elderly").contains("1"));

            click(rig, "counter-call-next");
            assertThat(rig.text("current-number")).isEqualTo("Y001");
            assertThat(node(rig, "current-priority").isVisible()).isTrue();
            assertThat(rig.text("current-since")).contains("09:30");
            assertThat(serving(rig)).containsExactly("Y001@1");

            click(rig, "counter-recall");
            assertThat(kinds(rig, y1.id())).containsExactly("ISSUED", "CALLED", "RECALLED");

            click(rig, "counter-transfer");
            click(rig, "transfer-chronic");
            Ticket moved = ticket(rig, y1.id());
            assertThat(moved.state()).isEqualTo(TicketState.WAITING);
            assertThat(moved.categoryCode()).isEqualTo("chronic");
            assertThat(rig.text("current-number")).isEqualTo("\u2014");
            assertThat(rig.text("counter-status")).contains("Y001").contains("门诊慢特病");

            click(rig, "counter-call-next");
            assertThat(rig.text("counter-call-next")).isEqualTo("无人等候");
            assertThat(node(rig, "counter-call-next").isDisabled()).isTrue();
            Ticket y2 = rig.kiosk.issue("general", 80, false, "k4").ticket();
            waitUntil(() -> !node(rig, "counter-call-next").isDisabled());
            click(rig, "counter-call-next");
            assertThat(rig.text("current-number")).isEqualTo(y2.number());
            click(rig, "counter-no-show");
            assertThat(ticket(rig, y2.id()).state()).isEqualTo(TicketState.NO_SHOW);

            Ticket y3 = rig.kiosk.issue("general", 66, true, "k5").ticket();
            waitUntil(() -> !node(rig, "counter-call-next").isDisabled());
            click(rig, "counter-call-next");
            assertThat(rig.text("current-number")).isEqualTo(y3.number());

            int before = rig.alerts.get();
            rig.kiosk.raiseHelp("identify");
            waitUntil(() -> rig.ui.scene().lookup(".help-panel .button") != null);
            assertThat(rig.alerts.get()).isEqualTo(before + 1);
            long helpId = rig.counter.board().openHelp().get(0).id();
            assertThat(rig.text("help-take-" + helpId)).isEqualTo("接应");
            assertThat(sceneText(rig)).contains("KIOSK-01");
            rig.clock.advance(Duration.ofSeconds(14));
            tick(rig);
            assertThat(rig.alerts.get()).isEqualTo(before + 1);
            rig.clock.advance(Duration.ofSeconds(1));
            tick(rig);
            assertThat(rig.alerts.get()).as("the alert repeats every 15 s while the call is open").isEqualTo(before + 2);
            rig.clock.advance(Duration.ofSeconds(45));
            tick(rig);
            snap(rig, "counter-console");

            click(rig, "help-take-" + helpId);
            assertThat(rig.counter.board().openHelp()).isEmpty();
            assertThat(rig.text("counter-status")).contains("KIOSK-01");
            int afterTake = rig.alerts.get();
            rig.clock.advance(Duration.ofSeconds(30));
            tick(rig);
            assertThat(rig.alerts.get()).isEqualTo(afterTake);

            click(rig, "counter-finish");
            assertThat(ticket(rig, y3.id()).state()).isEqualTo(TicketState.FINISHED);
            assertThat(rig.text("counter-status")).contains(y3.number());
        }
    }

    @Test
    void aRestartedConsoleFindsItsTicketAndAStoppedNodeLosesNothing() throws Exception {
        try (CounterRig rig = new CounterRig(dir)) {
            signIn(rig, "1002", "2468");
            click(rig, "window-3");
            Ticket a1 = rig.kiosk.issue("general", null, false, "k1").ticket();
            waitUntil(() -> !node(rig, "counter-call-next").isDisabled());
            click(rig, "counter-call-next");
            assertThat(rig.text("current-number")).isEqualTo(a1.number());

            rig.newConsole();
            signIn(rig, "1002", "2468");
            click(rig, "window-3");
            waitUntil(() -> rig.text("current-number").equals(a1.number()));

            rig.node.close();
            waitUntil(() -> rig.text("counter-connection").contains("连接不上"));
            click(rig, "counter-finish");
            assertThat(rig.text("counter-error")).contains("排队主机连接不上").contains("再按一次");
            assertThat(rig.text("current-number")).isEqualTo(a1.number());
            snap(rig, "counter-console-unreachable");

            rig.startNode(rig.port);
            waitUntil(() -> rig.text("counter-connection").contains("已连接"));
            waitUntil(() -> rig.text("counter-error").isEmpty());
            assertThat(rig.text("counter-status")).as("the red line went with the outage").contains("已恢复连接");
            assertThat(ticket(rig, a1.id()).state()).as("the failed click changed nothing").isEqualTo(TicketState.CALLED);
            click(rig, "counter-finish");
            assertThat(ticket(rig, a1.id()).state()).isEqualTo(TicketState.FINISHED);
            assertThat(rig.text("counter-error")).isEmpty();

            rig.node.close();
            waitUntil(() -> rig.text("counter-connection").contains("连接不上"));
            click(rig, "counter-call-next");
            assertThat(rig.text("counter-error")).contains("排队主机连接不上");
            rig.startNode(rig.port);
            Ticket a2 = rig.kiosk.issue("general", null, false, "k2").ticket();
            waitUntil(() -> !node(rig, "counter-call-next").isDisabled());
            click(rig, "counter-call-next");
            assertThat(rig.text("current-number")).isEqualTo(a2.number());
            assertThat(serving(rig)).containsExactly(a2.number() + "@3");

            click(rig, "counter-sign-out");
            assertThat(screen(rig)).isEqualTo(CounterSession.SIGN_IN);
            assertThat(rig.text("counter-field-pin")).doesNotContain("\u25cf");
        }
    }

    @Test
    void aLockedStaffNumberSaysHowLongAndAnUnreachableNodeSaysSo() throws Exception {
        try (CounterRig rig = new CounterRig(dir)) {
            for (int i = 0; i < 4; i++) {
                signIn(rig, i == 0 ? "1001" : null, "0000");
            }
            signIn(rig, null, "0000");
            assertThat(rig.text("counter-error")).contains("已锁定").contains("5 分钟");
            signIn(rig, null, "1357");
            assertThat(rig.text("counter-error")).contains("已锁定");
            assertThat(screen(rig)).isEqualTo(CounterSession.SIGN_IN);
            snap(rig, "counter-sign-in-locked");
            rig.node.close();
            signIn(rig, "1002", "2468");
            assertThat(rig.text("counter-error")).contains("排队主机连接不上");
            assertThat(screen(rig)).isEqualTo(CounterSession.SIGN_IN);
        }
    }

    /** Types the staff number on the keyboard (null: keep it) and the PIN on the keypad, then signs in. */
    private void signIn(CounterRig rig, String staffNo, String pin) throws Exception {
        if (staffNo != null) {
            click(rig, "counter-field-staff-no");
            for (int i = 0; i < 16; i++) {
                robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
            }
            robot.write(staffNo);
            assertThat(rig.text("counter-field-staff-no")).endsWith(staffNo);
        }
        click(rig, "counter-field-pin");
        for (char c : pin.toCharArray()) {
            click(rig, "key-" + c);
        }
        assertThat(rig.text("counter-field-pin")).contains("\u25cf \u25cf \u25cf \u25cf");
        click(rig, "counter-submit");
    }

    private void click(CounterRig rig, String id) throws Exception {
        Node n = rig.node(id);
        assertThat(n.isDisabled()).as(id + " is enabled").isFalse();
        robot.clickOn(n, Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void snap(CounterRig rig, String name) throws Exception {
        rig.layout();
        KioskUiHarness.onFx(() -> Snapshots.write(rig.ui.scene(), name));
    }

    private static Node node(CounterRig rig, String id) throws Exception {
        return rig.node(id);
    }

    private static String screen(CounterRig rig) throws Exception {
        return KioskUiHarness.onFx(() -> rig.ui.session().screenProperty().get());
    }

    private static void tick(CounterRig rig) throws Exception {
        KioskUiHarness.onFx(() -> {
            rig.ui.tick();
            return null;
        });
    }

    private static List<String> serving(CounterRig rig) {
        return rig.counter.board().serving().stream().map(t -> t.number() + "@" + t.window()).toList();
    }

    private static List<String> kinds(CounterRig rig, long ticketId) {
        return rig.counter.changes(0, Duration.ZERO).stream().filter(e -> e.ticketId() == ticketId)
                .map(HallEvent::kind).toList();
    }

    /** The ticket as the node's database has it (the API has no ticket lookup). */
    private static Ticket ticket(CounterRig rig, long id) {
        return new io.anxin.kiosk.store.HallQueueStore(rig.db.dataSource()).ticket(id).orElseThrow();
    }

    private static String sceneText(CounterRig rig) throws Exception {
        return KioskUiHarness.onFx(() -> io.anxin.kiosk.ui.a11y.SceneQueries.all(rig.ui.scene().getRoot()).stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> ((javafx.scene.control.Labeled) n).getText())
                .reduce("", (a, b) -> a + "\n" + b));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> KioskUiHarness.onFx(condition));
    }
}
