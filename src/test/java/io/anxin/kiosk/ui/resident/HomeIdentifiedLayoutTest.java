package io.anxin.kiosk.ui.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;

/**
 * The home screen of an identified resident (greeting line, 办理业务 / 取号排队 / 结束办理) in large text, in
 * both languages: every button stays above the bottom bar. The walker sees the home screen only without
 * a resident; a newcomer found the language and contrast buttons half under the bar here.
 */
class HomeIdentifiedLayoutTest {

    @TempDir
    Path dataDir;

    @Test
    void everyButtonOfTheIdentifiedHomeFitsInLargeTextInBothLanguages() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> KioskUiHarness.onFx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(1);
                waitFor(() -> KioskUiHarness.onFx(() -> h.ui.navigator().current().id().equals("greeting")));
            } finally {
                readers.close();
            }
            for (boolean english : List.of(false, true)) {
                KioskUiHarness.onFx(() -> {
                    h.ui.navigator().home();
                    if (english != h.ui.i18n().localeProperty().get().getLanguage().equals("en")) {
                        ((javafx.scene.control.Button) h.ui.scene().lookup("#home-language")).fire();
                    }
                    h.ui.session().largeTextProperty().set(true);
                    return null;
                });
                h.layout();
                h.layout();
                Bounds content = KioskUiHarness.onFx(() -> sceneBounds(h.ui.scene().lookup(".shell-content")));
                for (String id : List.of("home-services", "home-queue", "home-finish", "home-language", "home-contrast")) {
                    Bounds b = KioskUiHarness.onFx(() -> sceneBounds(h.ui.scene().lookup("#" + id)));
                    assertThat(b.getMaxY()).as("%s bottom (%s) within the content area (%s), english=%s", id, b,
                            content, english).isLessThanOrEqualTo(content.getMaxY() + 0.5);
                }
                KioskUiHarness.onFx(() -> Snapshots.write(h.ui.scene(), english ? "home-identified-large-en"
                        : "home-identified-large"));
            }
        }
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
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
