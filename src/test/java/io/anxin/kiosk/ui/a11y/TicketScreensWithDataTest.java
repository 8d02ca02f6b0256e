package io.anxin.kiosk.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.checks.IdleGuardCheck;
import io.anxin.kiosk.ui.resident.queue.QueueChoiceScreen;
import io.anxin.kiosk.ui.resident.queue.TicketScreen;
import io.anxin.kiosk.ui.resident.queue.TicketViewModel;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * The queue screens as residents meet them (the main walker sees the choice before anybody identified
 * and the ticket screen before any ticket): checks 1-7 and 9 in every mode for an identified elderly
 * resident with a printed priority ticket, a disability ticket whose slip did not print (the longest
 * ticket screen), and the node gone (no ticket). Check 8 (idle wipe) runs in the main walker.
 */
class TicketScreensWithDataTest {

    @TempDir
    Path dataDir;

    @Test
    void ticketScreensInEveryStatePassEveryCheckInEveryMode() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            KioskUiHarness.onFx(() -> {
                h.ui.session().identityProperty().set(QueryScreensWithDataTest.CARD);
                return null;
            });
            take(h, "queue-elderly", TicketViewModel.State.ISSUED);
            List<Violation> elderly = walk(h);

            KioskUiHarness.onFx(() -> {
                h.ui.session().identityProperty().set(null);
                return null;
            });
            h.printer.failWith = PrinterFailure.PAPER_OUT;
            take(h, "queue-disability", TicketViewModel.State.ISSUED);
            List<Violation> notPrinted = walk(h);

            h.hallNode.close();
            take(h, "queue-category-general", TicketViewModel.State.FAILED);
            List<Violation> failed = walk(h);

            assertThat(elderly).withFailMessage(() -> report(elderly)).isEmpty();
            assertThat(notPrinted).withFailMessage(() -> report(notPrinted)).isEmpty();
            assertThat(failed).withFailMessage(() -> report(failed)).isEmpty();
        }
    }

    private static void take(KioskUiHarness h, String button, TicketViewModel.State expected) throws Exception {
        TicketViewModel.State state = KioskUiHarness.onFx(() -> {
            h.ui.navigator().home();
            h.ui.navigator().goTo(QueueChoiceScreen.ID);
            h.ui.scene().getRoot().applyCss();
            h.ui.scene().getRoot().layout();
            ((Button) h.ui.scene().getRoot().lookup("#" + button)).fire();
            return ((TicketViewModel) h.ui.registry().get(TicketScreen.ID).model()).stateProperty().get();
        });
        assertThat(state).isEqualTo(expected);
    }

    private static List<Violation> walk(KioskUiHarness h) throws Exception {
        List<Screen> screens = KioskUiHarness.onFx(() -> h.ui.registry().all().stream()
                .filter(s -> List.of(QueueChoiceScreen.ID, TicketScreen.ID).contains(s.id())).toList());
        assertThat(screens).hasSize(2);
        List<Check> checks = AccessibilityWalker.allChecks().stream().filter(c -> !(c instanceof IdleGuardCheck)).toList();
        return new AccessibilityWalker(h, checks).walk(screens, Mode.all());
    }

    private static String report(List<Violation> violations) {
        return violations.size() + " accessibility violations:\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
