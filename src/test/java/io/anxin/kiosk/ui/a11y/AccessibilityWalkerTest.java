package io.anxin.kiosk.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * Every registered screen of the real kiosk (UiAssembly's registry: a new screen is covered the
 * moment it is registered) passes checks 1-9 of specs/accessibility.md in normal and large text,
 * in high contrast, and while showing an error.
 */
class AccessibilityWalkerTest {

    @TempDir
    Path dataDir;

    @Test
    void everyRegisteredScreenPassesEveryCheckInEveryMode() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            List<Screen> screens = KioskUiHarness.onFx(() -> h.ui.registry().all());
            assertThat(screens).extracting(Screen::id)
                    .contains("attract", "home", "call-staff", "technician-pin", "technician-menu");

            List<Violation> violations = new AccessibilityWalker(h).walk(screens, Mode.all());

            assertThat(violations)
                    .withFailMessage(() -> violations.size() + " accessibility violations:\n"
                            + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                    .isEmpty();
        }
    }
}
