package io.anxin.kiosk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.resident.queue.QueueChoiceScreen;
import io.anxin.kiosk.ui.resident.queue.TicketScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * The resident side of the hall through the real screens, against a real hall node on 127.0.0.1:
 * tickets (elderly priority in one step, a normal one, the node gone, the printer out of paper), and
 * help calls from the screen, from the GPIO button (pi4j mock provider) and the presence greeting.
 */
class HallKioskJourneyTest {

    private static final UiSettings SETTINGS = new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60);

    @TempDir
    Path dataDir;

    @Test
    void anIdentifiedElderlyResidentTakesAPriorityTicketInOneStep() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(0); // 王秀英, born 1952: 74 on the harness's day
                waitFor(() -> fx(() -> h.ui.navigator().current().id().equals("greeting")));
            } finally {
                readers.close();
            }
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            fire(h, "home-queue");
            assertThat(current(h)).isEqualTo(QueueChoiceScreen.ID);
            h.layout();
            assertThat(visibleButtons(h).get(0)).as("the priority window is the first choice").isEqualTo("queue-elderly");
            assertThat(sceneText(h)).contains("老年人优先窗口取号", "您已年满60周岁").doesNotContain("残疾人优先取号");
            assertThat(lastSpoken(h).key()).isEqualTo("prompt.queue.choice.elderly");
            snapshot(h, "ticket-choice-elderly");
            largeText(h, true);
            snapshot(h, "ticket-choice-elderly-large");
            largeText(h, false);

            h.voice.clearEvents();
            fire(h, "queue-elderly");

            assertThat(current(h)).isEqualTo(TicketScreen.ID);
            h.layout();
            assertThat(text(h, "ticket-number")).isEqualTo("Y001");
            assertThat(sceneText(h)).contains("老年人优先窗口", "前面没有人，请留意叫号", "请到 1 号窗口等候叫号", "请取走排队小票");
            Prompt said = lastSpoken(h);
            assertThat(said.key()).isEqualTo("prompt.queue.ticket");
            assertThat(said.args()).first().isEqualTo("Y001");
            assertThat(slips(h)).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .startsWith("ticket-20261122-Y001"));
            HallBoard board = h.counter.board();
            assertThat(board.waiting().get("elderly")).isEqualTo(1);
            assertThat(h.counter.callNext(1, "c1").orElseThrow().number()).isEqualTo("Y001");
            snapshot(h, "ticket-elderly");
            largeText(h, true);
            snapshot(h, "ticket-elderly-large");
            largeText(h, false);

            fire(h, "ticket-done");
            assertThat(current(h)).isEqualTo("home");
        }
    }

    @Test
    void anUnidentifiedResidentTakesANormalTicketAndSeesHowToGetPriority() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            goToChoice(h);
            fire(h, "queue-category-general");
            h.layout();
            assertThat(text(h, "ticket-number")).isEqualTo("A001");
            assertThat(sceneText(h)).contains("前面没有人，请留意叫号", "请到 2、3 号窗口等候叫号");

            // the next resident: A001 waits ahead of them
            fx(() -> {
                h.ui.endSession();
                return null;
            });
            goToChoice(h);
            assertThat(visibleButtons(h)).doesNotContain("queue-elderly").contains("queue-category-general",
                    "queue-category-chronic", "queue-category-reimburse", "queue-disability")
                    .doesNotContain("queue-category-elderly");
            assertThat(sceneText(h)).contains("插入社保卡后可以直接取老年人优先窗口的号", "到窗口时请出示残疾人证");
            snapshot(h, "ticket-choice");
            largeText(h, true);
            snapshot(h, "ticket-choice-large");
            largeText(h, false);

            fire(h, "queue-category-general");
            h.layout();
            assertThat(text(h, "ticket-number")).isEqualTo("A002");
            assertThat(sceneText(h)).contains("前面还有 1 人", "预计等候约 3 分钟", "请到 2、3 号窗口等候叫号");
            assertThat(lastSpoken(h).key()).isEqualTo("prompt.queue.ticket");
            assertThat(slips(h)).hasSize(2);
            snapshot(h, "ticket-normal");
            largeText(h, true);
            snapshot(h, "ticket-normal-large");
            fx(() -> {
                h.ui.i18n().localeProperty().set(Locale.ENGLISH);
                return null;
            });
            h.layout();
            assertThat(sceneText(h)).contains("1 ahead of you", "Please wait for window 2 or 3");
            snapshot(h, "ticket-normal-large-en");
        }
    }

    @Test
    void theDisabilityOptionIssuesAPriorityTicketAndSaysTheClerkChecks() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            goToChoice(h);
            fire(h, "queue-disability");
            h.layout();
            assertThat(text(h, "ticket-number")).isEqualTo("Y001");
            assertThat(sceneText(h)).contains("请到 1 号窗口等候，并出示残疾人证");
            assertThat(String.valueOf(lastSpoken(h).args().get(4))).contains("残疾人证");
            snapshot(h, "ticket-disability");

            // the longest ticket screen: a disability ticket whose slip did not print, in English large text
            h.printer.failWith = PrinterFailure.PAPER_OUT;
            goToChoice(h);
            fire(h, "queue-disability");
            largeText(h, true);
            fx(() -> {
                h.ui.i18n().localeProperty().set(Locale.ENGLISH);
                return null;
            });
            assertThat(text(h, "ticket-number")).isEqualTo("Y002");
            snapshot(h, "ticket-disability-not-printed-large-en");
        }
    }

    @Test
    void whenTheNodeIsDownTheKioskSendsThePersonToTheDeskAndPrintsNothing() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            goToChoice(h);
            h.hallNode.close();
            fire(h, "queue-category-general");
            h.layout();
            assertThat(sceneText(h)).contains("暂时无法取号，请到服务台").doesNotContain("A001");
            assertThat(fx(() -> shown(lookup(h, "ticket-number")))).isFalse();
            assertThat(lastSpoken(h).key()).isEqualTo("prompt.queue.ticket.failed");
            assertThat(slips(h)).as("no number that might be a duplicate").isEmpty();
            snapshot(h, "ticket-failed");
            largeText(h, true);
            snapshot(h, "ticket-failed-large");
        }
    }

    @Test
    void whenThePrinterFailsTheNumberStaysUpToWriteDown() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.printer.failWith = PrinterFailure.PAPER_OUT;
            goToChoice(h);
            fire(h, "queue-category-chronic");
            h.layout();
            assertThat(text(h, "ticket-number")).isEqualTo("B001");
            assertThat(sceneText(h)).contains("小票没有打印出来，请记下您的号码");
            assertThat(String.valueOf(lastSpoken(h).args().get(4))).contains("请记下您的号码：B001");
            assertThat(slips(h)).isEmpty();
            snapshot(h, "ticket-not-printed");
            largeText(h, true);
            snapshot(h, "ticket-not-printed-large");
        }
    }

    @Test
    void aStandaloneKioskOffersNoQueueNumbers() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir, SETTINGS, false,
                new io.anxin.kiosk.device.panel.NoHallPanel("test"))) {
            fx(() -> {
                h.ui.navigator().home();
                return null;
            });
            h.layout();
            assertThat(visibleButtons(h)).contains("home-services").doesNotContain("home-queue");
            assertThat(fx(() -> h.ui.registry().all().stream().map(s -> s.id()).toList()))
                    .doesNotContain(QueueChoiceScreen.ID, TicketScreen.ID);
            fire(h, "nav-call-staff");
            h.layout();
            assertThat(sceneText(h)).contains("已记下您的求助", "请到服务台");
        }
    }

    // --- helpers

    static Context mockGpio() {
        return Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    }

    private static void goToChoice(KioskUiHarness h) throws Exception {
        fx(() -> {
            h.ui.navigator().home();
            return null;
        });
        fire(h, "home-queue");
        h.layout();
    }

    static void largeText(KioskUiHarness h, boolean on) throws Exception {
        fx(() -> {
            h.ui.session().largeTextProperty().set(on);
            return null;
        });
        h.layout();
    }

    static void snapshot(KioskUiHarness h, String name) throws Exception {
        h.layout();
        fx(() -> Snapshots.write(h.ui.scene(), name));
    }

    static List<Path> slips(KioskUiHarness h) throws Exception {
        if (!Files.exists(h.receiptDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(h.receiptDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ticket-")
                    && p.getFileName().toString().endsWith(".png")).toList();
        }
    }

    static String current(KioskUiHarness h) throws Exception {
        return fx(() -> h.ui.navigator().current().id());
    }

    static Prompt lastSpoken(KioskUiHarness h) {
        List<RecordingVoice.Event> events = h.voice.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == RecordingVoice.Type.SPEAK) {
                return events.get(i).prompt();
            }
        }
        throw new AssertionError("nothing spoken: " + events);
    }

    static void fire(KioskUiHarness h, String id) throws Exception {
        h.layout();
        fx(() -> {
            Node n = lookup(h, id);
            assertThat(n).as(id).isInstanceOf(Button.class);
            assertThat(n.isVisible()).as(id + " visible").isTrue();
            ((Button) n).fire();
            return null;
        });
    }

    static Node lookup(KioskUiHarness h, String id) {
        return h.ui.scene().getRoot().lookup("#" + id);
    }

    static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String text(KioskUiHarness h, String id) throws Exception {
        return fx(() -> ((Labeled) lookup(h, id)).getText());
    }

    static List<String> visibleButtons(KioskUiHarness h) throws Exception {
        return fx(() -> {
            List<String> ids = new ArrayList<>();
            collect(h.ui.navigator().current().view(), n -> {
                if (n instanceof Button && n.getId() != null) {
                    ids.add(n.getId());
                }
            });
            return ids;
        });
    }

    static String sceneText(KioskUiHarness h) throws Exception {
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            collect(h.ui.scene().getRoot(), n -> {
                if (n instanceof Labeled l && l.getText() != null) {
                    sb.append(l.getText()).append('\n');
                }
            });
            return sb.toString();
        });
    }

    private static void collect(Node node, java.util.function.Consumer<Node> sink) {
        if (!node.isVisible()) {
            return;
        }
        sink.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sink);
            }
        }
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return KioskUiHarness.onFx(work);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("condition not met within 20 s");
    }
}
