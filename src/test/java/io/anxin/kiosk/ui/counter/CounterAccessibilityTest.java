package io.anxin.kiosk.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.AccessibilityWalker;
import io.anxin.kiosk.ui.a11y.Mode;
import io.anxin.kiosk.ui.a11y.StaffHost;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;

/**
 * The checks of specs/accessibility.md that apply outside the resident shell, with the STAFF
 * thresholds, on every counter screen, the console with a called ticket and an open help call.
 */
class CounterAccessibilityTest {

    @TempDir
    Path dir;

    private static void snap(CounterRig rig, StaffHost host, Screen s, Locale locale, boolean large, boolean contrast,
                             String name) throws Exception {
        KioskUiHarness.onFx(() -> {
            host.setLocale(locale);
            host.setTextMode(large, contrast);
            host.show(s);
            rig.ui.scene().getRoot().applyCss();
            rig.ui.scene().getRoot().layout();
            return Snapshots.write(rig.ui.scene(), name);
        });
    }

    @Test
    void everyCounterScreenMeetsTheStaffThresholds() throws Exception {
        try (CounterRig rig = new CounterRig(dir)) {
            rig.kiosk.issue("general", 75, false, "k1");
            rig.kiosk.issue("general", null, false, "k2");
            rig.kiosk.raiseHelp("identify");
            List<Screen> screens = KioskUiHarness.onFx(() -> {
                List<Screen> all = new ArrayList<>();
                rig.ui.shell().screens().forEach(all::add);
                rig.ui.session().clerkProperty().set(new Clerk("1001", "王敏", "Wang Min"));
                rig.ui.session().windowProperty().set(1);
                return all;
            });
            assertThat(screens).extracting(Screen::audience).containsOnly(Audience.STAFF);
            assertThat(screens).extracting(Screen::id)
                    .containsExactly(CounterSession.SIGN_IN, CounterSession.WINDOW, CounterSession.CONSOLE);
            HallBoard board = rig.counter.board();
            KioskUiHarness.onFx(() -> {
                rig.ui.session().screenProperty().set(CounterSession.CONSOLE);
                rig.ui.onBoard(board);
                return null;
            });
            rig.counter.callNext(1, "a11y-call");
            KioskUiHarness.onFx(() -> {
                rig.ui.onBoard(rig.counter.board());
                return null;
            });
            assertThat(rig.text("current-number")).isEqualTo("Y001");

            StaffHost host = new StaffHost() {
                @Override
                public javafx.scene.Scene scene() {
                    return rig.ui.scene();
                }

                @Override
                public void show(Screen screen) {
                    rig.ui.session().screenProperty().set(screen.id());
                }

                @Override
                public void setTextMode(boolean largeText, boolean highContrast) {
                    rig.ui.setTextMode(largeText, highContrast);
                }

                @Override
                public void setLocale(Locale locale) {
                    rig.ui.i18n().localeProperty().set(locale == null ? rig.ui.i18n().defaultLocale() : locale);
                }
            };
            for (Screen s : screens) {
                snap(rig, host, s, null, true, false, s.id() + "-large");
                snap(rig, host, s, Locale.ENGLISH, true, false, s.id() + "-en-large");
                snap(rig, host, s, Locale.ENGLISH, false, true, s.id() + "-en-high-contrast");
            }
            List<Mode> modes = List.of(Mode.NORMAL, Mode.HIGH_CONTRAST, Mode.NORMAL_WITH_ERROR, Mode.ENGLISH, Mode.LARGE, Mode.ENGLISH_LARGE_WITH_ERROR);
            List<Violation> violations = new AccessibilityWalker(host).walk(screens, modes);
            assertThat(violations).isEmpty();

        }
    }
}
