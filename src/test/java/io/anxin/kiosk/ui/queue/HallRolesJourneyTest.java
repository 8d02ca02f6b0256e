package io.anxin.kiosk.ui.queue;

import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.current;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.fire;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.fx;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.sceneText;
import static io.anxin.kiosk.ui.queue.HallKioskJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.app.CounterAssembly;
import io.anxin.kiosk.app.HallDisplayAssembly;
import io.anxin.kiosk.catalog.QueueCategoryLoader;
import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.resident.queue.TicketScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.ui.support.SyncTaskRunner;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * The issue's journey across all three roles, headless, against one real hall node on loopback: an
 * identified elderly resident takes a priority ticket at the kiosk, a clerk signs in at window 1 and
 * calls it, the hall display shows it and announces it (chime, then the call twice, queued); then the
 * resident presses 呼叫工作人员, the call appears at the counter, the clerk takes it and the kiosk says
 * someone is coming. The counter and the display follow the node through real HallFeeds, as
 * {@code --role clerk} and {@code --role hall-display} do.
 */
class HallRolesJourneyTest {

    private static final UiSettings SETTINGS = new UiSettings(Locale.SIMPLIFIED_CHINESE, 1.0, 90, 30, true, 60);

    @TempDir
    Path dataDir;

    @Test
    void elderlyPriorityTicketIsCalledAtTheCounterAndAnnouncedOnTheDisplayAndHelpReachesTheClerk() throws Exception {
        QueueCategories categories = new QueueCategoryLoader().load(Path.of("kiosk-config"));
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            RecordingVoice displayVoice = new RecordingVoice();
            AtomicInteger helpAlerts = new AtomicInteger();
            CounterAssembly counter = fx(() -> new CounterAssembly(SETTINGS, h.clock, new SyncTaskRunner(), h.counter,
                    categories, helpAlerts::incrementAndGet, () -> { }));
            HallDisplayAssembly display = fx(() -> new HallDisplayAssembly(SETTINGS, h.clock, categories, displayVoice));
            HallClient displayClient = new HallClient(h.hallUrl(), KioskUiHarness.DISPLAY_TOKEN, Duration.ofSeconds(5));
            try (HallFeed counterFeed = follow(h.counter, counter::onBoard, counter::onEvent);
                 HallFeed displayFeed = follow(displayClient, display::onBoard, display::onEvent);
                 HallFeed kioskFeed = follow(new HallClient(h.hallUrl(), KioskUiHarness.KIOSK_TOKEN, Duration.ofSeconds(5)),
                         h.ui::onHallBoard, h.ui::onHallEvent)) {
                counterFeed.start();
                displayFeed.start();
                kioskFeed.start();
                waitFor(() -> fx(() -> display.model().hasBoardProperty().get()));

                // the kiosk: 王秀英 (74) inserts her card and takes the priority ticket in one touch
                CardReaders readers = h.startCardReaders();
                try {
                    waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                    h.demoCards.insert(0);
                    waitFor(() -> fx(() -> h.ui.navigator().current().id().equals("greeting")));
                } finally {
                    readers.close();
                }
                fx(() -> {
                    h.ui.navigator().home();
                    return null;
                });
                fire(h, "home-queue");
                fire(h, "queue-elderly");
                assertThat(current(h)).isEqualTo(TicketScreen.ID);
                assertThat(sceneText(h)).contains("Y001", "1 号窗口");

                // the counter: clerk 1001 signs in, takes window 1 (the priority window) and calls
                press(counter.scene(), "counter-field-staff-no");
                for (char c : "1001".toCharArray()) {
                    press(counter.scene(), "key-" + c);
                }
                press(counter.scene(), "counter-field-pin");
                for (char c : "1357".toCharArray()) {
                    press(counter.scene(), "key-" + c);
                }
                press(counter.scene(), "counter-submit");
                waitFor(() -> fx(() -> counter.scene().lookup("#window-1") != null
                        && counter.scene().lookup("#window-1").isVisible()));
                press(counter.scene(), "window-1");
                waitFor(() -> fx(() -> counter.scene().lookup("#counter-call-next") != null
                        && !counter.scene().lookup("#counter-call-next").isDisabled()));
                press(counter.scene(), "counter-call-next");
                assertThat(text(counter.scene(), "current-number")).isEqualTo("Y001");

                // the display: shows the call and announces it, chime first, then the call twice, queued
                waitFor(() -> fx(() -> display.model().currentProperty().get() != null
                        && "Y001".equals(display.model().currentProperty().get().number())));
                assertThat(fx(() -> display.model().currentProperty().get().window())).isEqualTo(1);
                waitFor(() -> displayVoice.events().stream().filter(e -> e.type() == RecordingVoice.Type.ENQUEUE).count() >= 2);
                List<RecordingVoice.Event> said = displayVoice.events();
                assertThat(said).extracting(RecordingVoice.Event::type).doesNotContain(RecordingVoice.Type.SPEAK,
                        RecordingVoice.Type.CANCEL);
                assertThat(said.get(0).type()).isEqualTo(RecordingVoice.Type.CHIME);
                List<RecordingVoice.Event> calls = said.stream().filter(e -> e.type() == RecordingVoice.Type.ENQUEUE).toList();
                assertThat(calls).hasSize(2).allSatisfy(e -> {
                    assertThat(e.prompt().key()).isEqualTo("hall.display.announce");
                    assertThat(e.prompt().args().toString()).contains("Y").contains("1");
                });
                fx(() -> {
                    display.scene().getRoot().applyCss();
                    display.scene().getRoot().layout();
                    Snapshots.write(display.scene(), "journey-display");
                    counter.scene().getRoot().applyCss();
                    counter.scene().getRoot().layout();
                    Snapshots.write(counter.scene(), "journey-counter");
                    return null;
                });

                // help: the resident presses 呼叫工作人员; the counter hears it and takes it; the kiosk says so
                fire(h, "nav-call-staff");
                waitFor(() -> fx(() -> counter.scene().lookup(".help-panel .button") != null));
                assertThat(helpAlerts.get()).as("the counter sounded the help alert").isPositive();
                Button take = fx(() -> (Button) counter.scene().lookup(".help-panel .button"));
                fx(() -> {
                    take.fire();
                    return null;
                });
                waitFor(() -> fx(() -> sceneText(h).contains("工作人员马上就到")));
            } finally {
                fx(() -> {
                    counter.stop();
                    display.stop();
                    return null;
                });
            }
        }
    }

    private static HallFeed follow(HallClient client, java.util.function.Consumer<HallBoard> board,
                                   java.util.function.Consumer<HallEvent> event) {
        return new HallFeed(client, new HallFeed.Listener() {
            @Override
            public void board(HallBoard b) {
                Platform.runLater(() -> board.accept(b));
            }

            @Override
            public void event(HallEvent e) {
                Platform.runLater(() -> event.accept(e));
            }

            @Override
            public void connection(boolean reachable, String detail) {
                // the screens' own reaction to this is covered by their tests
            }
        }, Duration.ofMillis(200));
    }

    private static void press(Scene scene, String id) throws Exception {
        fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Node n = scene.lookup("#" + id);
            assertThat(n).as(id).isInstanceOf(Button.class);
            assertThat(n.isDisabled()).as(id + " enabled").isFalse();
            ((Button) n).fire();
            return null;
        });
    }

    private static String text(Scene scene, String id) throws Exception {
        return fx(() -> ((Labeled) scene.lookup("#" + id)).getText());
    }
}
