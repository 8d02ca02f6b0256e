package io.anxin.kiosk.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.fixtures.Fixtures;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * Each check can fail: one deliberately broken screen per check, registered in the real kiosk's
 * registry and walked by the same walker, in normal and large text, is reported by that check and
 * by no other.
 */
class AccessibilityFixturesTest {

    @TempDir
    Path dataDir;

    private KioskUiHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new KioskUiHarness(dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void check1ReportsATinyFont() throws Exception {
        assertOnlyCheck(Fixtures::tinyFont, "1-text-size", "font 16.8 px < 28 px", "font 25.2 px < 28 px");
    }

    @Test
    void check2ReportsAFontThatDoesNotScale() throws Exception {
        assertOnlyCheck(Fixtures::fixedFont, "2-large-text", "scales the font by 1.00");
    }

    @Test
    void check2ReportsALabelTruncatedInLargeText() throws Exception {
        assertOnlyCheck(Fixtures::truncating, "2-large-text", "truncated");
    }

    @Test
    void check2ReportsOverlappingText() throws Exception {
        assertOnlyCheck(Fixtures::overlappingText, "2-large-text", "overlaps");
    }

    @Test
    void check3ReportsLowContrastText() throws Exception {
        assertOnlyCheck(Fixtures::lowContrast, "3-contrast", "contrast 4.");
    }

    @Test
    void check4ReportsSmallOverlappingAndCrowdedTargets() throws Exception {
        assertOnlyCheck(Fixtures::smallTargets, "4-touch-targets", "target 40x40 px < 80x80 px", "overlaps",
                "only 8.0 px from", "outside the screen", "cut off");
    }

    @Test
    void check5ReportsAButtonWithNothingToSay() throws Exception {
        assertOnlyCheck(Fixtures::unlabelledButton, "5-accessible-text", "no accessibleText and no visible text");
    }

    @Test
    void check6ReportsAPromptMissingFromTheBundles() throws Exception {
        assertOnlyCheck(Fixtures::missingPrompt, "6-prompt", "missing or blank in the zh_CN bundle",
                "missing or blank in the en bundle");
    }

    @Test
    void check7ReportsAResidentScreenWithoutBackAndHome() throws Exception {
        assertOnlyCheck(Fixtures::noWayOut, "7-way-out", "nav-back", "nav-home");
    }

    @Test
    void check8ReportsResidentDataKeptAfterIdleExpiry() throws Exception {
        assertOnlyCheck(Fixtures::stickyCache, "8-idle", "lastProblem holds \"司马明月\"",
                "lastProblem holds \"43010219880715003X\"");
    }

    @Test
    void check9ReportsAnErrorThatIsNotVisible() throws Exception {
        assertOnlyCheck(Fixtures::hiddenErrorBanner, "9-error-state", "no visible text shows");
    }

    private void assertOnlyCheck(Supplier<Screen> fixture, String check, String... details) throws Exception {
        Screen screen = KioskUiHarness.onFx(() -> {
            Screen s = fixture.get();
            harness.ui.registry().register(s);
            return s;
        });
        List<Violation> violations = new AccessibilityWalker(harness).walk(List.of(screen), List.of(Mode.NORMAL,
                Mode.LARGE));
        String all = violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
        assertThat(violations).as(all).isNotEmpty().allSatisfy(v -> {
            assertThat(v.check()).as(all).isEqualTo(check);
            assertThat(v.screenId()).isEqualTo(screen.id());
        });
        for (String detail : details) {
            assertThat(violations).as(all).anyMatch(v -> (v.nodeDescription() + ": " + v.detail()).contains(detail));
        }
    }
}
