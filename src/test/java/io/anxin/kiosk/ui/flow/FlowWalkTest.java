package io.anxin.kiosk.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.AccessibilityWalker;
import io.anxin.kiosk.ui.a11y.Mode;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.resident.ServicesViewModel;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;

/**
 * Every step of every service (each variant in {@link FlowScripts}) passes the accessibility checks
 * in both text sizes, in English, and with an error showing; each step is also rendered to
 * target/screenshots/flow-NAME-N(-large).png for a person to look at. The registry walk sees only
 * the step screen's resting state; this walks what residents actually meet.
 */
class FlowWalkTest {

    private static final List<Mode> MODES = List.of(Mode.NORMAL, Mode.LARGE, Mode.LARGE_WITH_ERROR, Mode.ENGLISH_LARGE,
            Mode.LARGE_HIGH_CONTRAST);

    static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse("370102195203154320"),
            IdentityMethod.CARD, Optional.empty());

    @TempDir
    Path dataDir;

    @Test
    void everyStepOfEveryServicePassesTheChecks() throws Exception {
        List<Violation> violations = new ArrayList<>();
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            Screen flowScreen = KioskUiHarness.onFx(() -> h.ui.registry().get(FlowScreen.ID));
            AccessibilityWalker walker = new AccessibilityWalker(h);
            int scripts = FlowScripts.all(java.time.LocalDate.now(h.clock)).size();
            for (int n = 0; n < scripts; n++) {
                int steps = FlowScripts.all(java.time.LocalDate.now(h.clock)).get(n).expectedSteps();
                for (int k = 0; k < steps; k++) {
                    int answered = k;
                    int index = n;
                    KioskUiHarness.onFx(() -> {
                        // the idle checks move the clock on: dates are taken afresh for each step
                        FlowScripts.Script script = FlowScripts.all(java.time.LocalDate.now(h.clock)).get(index);
                        position(h, script, answered);
                        for (boolean large : new boolean[] {false, true}) {
                            h.ui.session().largeTextProperty().set(large);
                            h.ui.scene().getRoot().applyCss();
                            h.ui.scene().getRoot().layout();
                            Snapshots.write(h.ui.scene(), "flow-" + script.name() + "-" + (answered + 1) + (large ? "-large" : ""));
                        }
                        h.ui.session().largeTextProperty().set(false);
                        return null;
                    });
                    violations.addAll(walker.walk(List.of(flowScreen), MODES));
                }
            }
        }
        assertThat(violations).withFailMessage(() -> violations.size() + " violations:\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Identifies, opens the script's service and answers its first {@code answered} steps. */
    static FlowViewModel position(KioskUiHarness h, FlowScripts.Script script, int answered) {
        h.ui.session().identityProperty().set(CARD);
        ServicesViewModel services = (ServicesViewModel) h.ui.registry().get("services").model();
        services.open(script.service());
        FlowViewModel model = (FlowViewModel) h.ui.registry().get(FlowScreen.ID).model();
        for (int i = 0; i < answered; i++) {
            FlowScripts.answer(model, script);
        }
        return model;
    }
}
