package io.anxin.kiosk.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.service.live.ApplicationStatus;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.query.FakeLiveData;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.checks.IdleGuardCheck;
import io.anxin.kiosk.ui.resident.AccountScreen;
import io.anxin.kiosk.ui.resident.CertificateScreen;
import io.anxin.kiosk.ui.resident.ProgressNumberScreen;
import io.anxin.kiosk.ui.resident.ProgressScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * The query screens as a resident sees them with data on them (the main walker meets them before
 * anybody identified): checks 1-7 and 9 in every mode, online with a full record and paged lists,
 * offline from the cached copy, and offline with no copy at all. Check 8 (idle wipe) runs in the main walker.
 */
class QueryScreensWithDataTest {

    static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse("370102195203154320"),
            IdentityMethod.CARD, Optional.empty());

    /** Never looked up online, so offline there is no copy: the screens say what needs the network. */
    static final ResidentIdentity NO_COPY = new ResidentIdentity(Optional.of("李建国"), IdNumber.parse("11010519491231002X"),
            IdentityMethod.EVOUCHER, Optional.empty());

    @TempDir
    Path dataDir;

    @Test
    void queryScreensWithLongDataPassEveryCheckInEveryMode() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            fill(h);
            h.live.failure = null;
            List<Violation> online = walk(h, CARD);
            h.live.failure = LiveDataFailure.OFFLINE;
            List<Violation> offline = walk(h, CARD);
            List<Violation> nothing = walk(h, NO_COPY);
            assertThat(online).withFailMessage(() -> report(online)).isEmpty();
            assertThat(offline).withFailMessage(() -> report(offline)).isEmpty();
            assertThat(nothing).withFailMessage(() -> report(nothing)).isEmpty();
        }
    }

    static void fill(KioskUiHarness h) {
        h.live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "suspended", 7));
        FileSubmission files = new FileSubmission(new SubmissionStore(h.database.dataSource()), h.clock, "TEST-01");
        Outbox outbox = new Outbox(h.database.dataSource(), h.clock, "TEST-01");
        String[] kinds = {"remote-care.filing", "chronic.filing", "reimburse.manual", "info.change"};
        for (int i = 0; i < kinds.length; i++) {
            FiledSubmission f = files.file(kinds[i], CARD, Map.of());
            if (i == 1) {
                outbox.markRejected(f.entryId(), "DISEASE_NOT_COVERED", "该病种不在居民医保门诊慢特病目录内，如有疑问请携带病历到窗口咨询");
            } else if (i == 2) {
                outbox.markDelivered(f.entryId(), "SRV-" + i);
                h.live.byReference.put("SRV-" + i, new ApplicationStatus("SRV-" + i, ApplicationStatus.State.NEEDS_MATERIALS,
                        OffsetDateTime.parse("2026-11-22T10:00:00+08:00"), "请补交住院费用明细清单和发票原件"));
            }
        }
    }

    private static List<Violation> walk(KioskUiHarness h, ResidentIdentity who) throws Exception {
        List<Screen> screens = KioskUiHarness.onFx(() -> {
            h.ui.session().identityProperty().set(who);
            return h.ui.registry().all().stream().filter(s -> List.of(AccountScreen.ID, ProgressScreen.ID,
                    ProgressNumberScreen.ID, CertificateScreen.ID).contains(s.id())).toList();
        });
        assertThat(screens).hasSize(4);
        List<Check> checks = AccessibilityWalker.allChecks().stream().filter(c -> !(c instanceof IdleGuardCheck)).toList();
        return new AccessibilityWalker(h, checks).walk(screens, Mode.all());
    }

    private static String report(List<Violation> violations) {
        return violations.size() + " accessibility violations:\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
