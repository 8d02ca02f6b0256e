package io.anxin.kiosk.ui.a11y;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.checks.AccessibleTextCheck;
import io.anxin.kiosk.ui.a11y.checks.ContrastCheck;
import io.anxin.kiosk.ui.a11y.checks.ErrorStateCheck;
import io.anxin.kiosk.ui.a11y.checks.IdleGuardCheck;
import io.anxin.kiosk.ui.a11y.checks.LargeTextCheck;
import io.anxin.kiosk.ui.a11y.checks.PromptCheck;
import io.anxin.kiosk.ui.a11y.checks.TextSizeCheck;
import io.anxin.kiosk.ui.a11y.checks.TouchTargetCheck;
import io.anxin.kiosk.ui.a11y.checks.WayOutCheck;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * Walks screens of the real kiosk (specs/accessibility.md, "Checks the test suite runs on every
 * screen"): for each screen, mode and check it shows the screen afresh in that mode, lays out the
 * 1920x1080 scene and runs the check on the computed fonts, colours and bounds. Fixture screens go
 * through exactly this path, registered beside the real ones.
 */
public final class AccessibilityWalker {

    private final KioskUiHarness harness;
    private final StaffHost host;
    private final List<Check> checks;

    public AccessibilityWalker(KioskUiHarness harness, List<Check> checks) {
        this.harness = harness;
        this.host = null;
        this.checks = List.copyOf(checks);
    }

    /** Walks the screens of a staff program that has no resident shell (the counter console). */
    public AccessibilityWalker(StaffHost host) {
        this.harness = null;
        this.host = host;
        this.checks = staffChecks();
    }

    /**
     * The checks that apply to a staff program without the resident shell: text size, large text,
     * contrast, touch targets, accessible text (the thresholds follow each screen's audience). Prompts,
     * the way-out bar, the idle guard and spoken errors are resident-shell rules.
     */
    public static List<Check> staffChecks() {
        return List.of(new TextSizeCheck(), new LargeTextCheck(), new ContrastCheck(), new TouchTargetCheck(),
                new AccessibleTextCheck());
    }

    public AccessibilityWalker(KioskUiHarness harness) {
        this(harness, allChecks());
    }

    /** Checks 1-9 of the spec, in its order. */
    public static List<Check> allChecks() {
        return List.of(new TextSizeCheck(), new LargeTextCheck(), new ContrastCheck(), new TouchTargetCheck(),
                new AccessibleTextCheck(), new PromptCheck(), new WayOutCheck(), new IdleGuardCheck(),
                new ErrorStateCheck());
    }

    /** Checks 1-5: what is drawn (text size, large text, contrast, targets, accessible text); no navigation needed. */
    public static List<Check> drawnChecks() {
        return List.of(new TextSizeCheck(), new LargeTextCheck(), new ContrastCheck(), new TouchTargetCheck(),
                new AccessibleTextCheck());
    }

    /**
     * Every violation of {@code checks} on a screen shown in a scene of its own (the hall display) in
     * each of {@code modes} (error modes are not meaningful there); call from any thread but the FX one.
     */
    public static List<Violation> walkStandalone(ScreenContext.Standalone scene, Screen screen, List<Mode> modes,
            List<Check> checks) throws Exception {
        List<Violation> out = new ArrayList<>();
        for (Mode mode : modes) {
            for (Check check : checks) {
                out.addAll(KioskUiHarness.onFx(() -> {
                    ScreenContext ctx = new ScreenContext(scene, screen, mode, check);
                    try {
                        ctx.prepare();
                        return check.run(ctx);
                    } catch (RuntimeException | AssertionError e) {
                        return List.of(ctx.violation("(check)", "the check could not run: " + e));
                    }
                }));
            }
        }
        return out;
    }

    /** Every violation on {@code screens} in every one of {@code modes}; call from any thread but the FX one. */
    public List<Violation> walk(Collection<Screen> screens, List<Mode> modes) throws Exception {
        List<Violation> out = new ArrayList<>();
        for (Screen screen : screens) {
            for (Mode mode : modes) {
                for (Check check : checks) {
                    out.addAll(KioskUiHarness.onFx(() -> runOne(screen, mode, check)));
                }
            }
        }
        if (harness != null) {
            KioskUiHarness.onFx(() -> {
                harness.ui.endSession();
                return null;
            });
        }
        return out;
    }

    private List<Violation> runOne(Screen screen, Mode mode, Check check) {
        ScreenContext ctx = new ScreenContext(harness, host, screen, mode, check);
        try {
            ctx.prepare();
            return check.run(ctx);
        } catch (RuntimeException | AssertionError e) {
            return List.of(ctx.violation("(check)", "the check could not run: " + e));
        }
    }
}
