package io.anxin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;

/** Renders every registered screen in both text sizes to target/screenshots, for people to look at. */
class ScreenshotTest {

    @TempDir
    Path dataDir;

    @Test
    void rendersEveryRegisteredScreenInBothTextSizes() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            for (Screen screen : KioskUiHarness.onFx(() -> h.ui.registry().all())) {
                for (boolean large : new boolean[] {false, true}) {
                    Path png = KioskUiHarness.onFx(() -> {
                        h.ui.navigator().goTo(screen.id());
                        h.ui.session().largeTextProperty().set(large);
                        h.ui.scene().getRoot().applyCss();
                        h.ui.scene().getRoot().layout();
                        return Snapshots.write(h.ui.scene(), screen.id() + (large ? "-large" : ""));
                    });
                    assertThat(Files.size(png)).isGreaterThan(10_000);
                }
            }
            Path contrast = KioskUiHarness.onFx(() -> {
                h.ui.navigator().goTo("home");
                h.ui.session().largeTextProperty().set(false);
                h.ui.session().highContrastProperty().set(true);
                h.ui.scene().getRoot().applyCss();
                h.ui.scene().getRoot().layout();
                return Snapshots.write(h.ui.scene(), "home-high-contrast");
            });
            assertThat(Files.size(contrast)).isGreaterThan(10_000);
        }
    }
}
