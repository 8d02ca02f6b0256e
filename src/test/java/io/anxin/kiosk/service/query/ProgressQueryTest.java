package io.anxin.kiosk.service.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.service.live.ApplicationStatus;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.SubmissionHistory;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

class ProgressQueryTest {

    static final ResidentIdentity CARD = ResidentLookupTest.CARD;
    static final ResidentIdentity OTHER = new ResidentIdentity(Optional.of("李建国"), IdNumber.parse("11010519491231002X"),
            IdentityMethod.CARD, Optional.empty());

    @TempDir
    Path dir;

    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    final FakeLiveData live = new FakeLiveData();
    FileSubmission files;
    Outbox outbox;
    ProgressQuery progress;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        SubmissionStore store = new SubmissionStore(db.dataSource());
        files = new FileSubmission(store, clock, "TEST-01");
        outbox = new Outbox(db.dataSource(), clock, "TEST-01");
        progress = new ProgressQuery(new SubmissionHistory(db.dataSource(), store), live);
    }

    @AfterEach
    void close() {
        db.close();
    }

    FiledSubmission file(ResidentIdentity who, String kind) {
        FiledSubmission f = files.file(kind, who, Map.of("destination", "370100"));
        clock.advance(Duration.ofMinutes(5));
        return f;
    }

    @Test
    void theResidentsOwnSubmissionsNewestFirstEachInItsState() {
        FiledSubmission pending = file(CARD, "remote-care.filing");
        FiledSubmission rejected = file(CARD, "chronic.filing");
        FiledSubmission delivered = file(CARD, "reimburse.manual");
        file(OTHER, "info.change");
        files.file("remote-care.filing", CARD, Optional.empty(), Optional.empty(), Map.of(), true);
        outbox.markRejected(rejected.entryId(), "DISEASE_NOT_COVERED", "该病种不在居民医保目录内");
        outbox.markDelivered(delivered.entryId(), "SRV-88412");
        OffsetDateTime updated = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
        live.byReference.put("SRV-88412", new ApplicationStatus("SRV-88412", ApplicationStatus.State.NEEDS_MATERIALS, updated,
                "请补交发票原件"));

        ProgressQuery.Mine mine = progress.mine(CARD);
        assertThat(mine.verified()).isTrue();
        List<ProgressItem> items = mine.items();
        assertThat(items).extracting(ProgressItem::acceptanceNo)
                .containsExactly(delivered.acceptanceNo(), rejected.acceptanceNo(), pending.acceptanceNo());
        assertThat(items.get(0).stage()).isEqualTo(ProgressItem.Stage.LIVE);
        assertThat(items.get(0).state()).contains(ApplicationStatus.State.NEEDS_MATERIALS);
        assertThat(items.get(0).message()).isEqualTo("请补交发票原件");
        assertThat(items.get(0).asOf()).contains(updated.toInstant());
        assertThat(items.get(0).kind()).contains("reimburse.manual");
        assertThat(items.get(1).stage()).isEqualTo(ProgressItem.Stage.REJECTED);
        assertThat(items.get(1).message()).isEqualTo("该病种不在居民医保目录内");
        assertThat(items.get(2).stage()).isEqualTo(ProgressItem.Stage.WAITING_UPLOAD);
        assertThat(items.get(2).filedAt()).contains(pending.createdAt());
    }

    @Test
    void offlineADeliveredSubmissionShowsItsLocalStateWithTheDeliveryTimeAndTheCentreIsAskedOnce() {
        FiledSubmission a = file(CARD, "remote-care.filing");
        FiledSubmission b = file(CARD, "chronic.filing");
        Instant deliveredAt = clock.instant();
        outbox.markDelivered(a.entryId(), "SRV-1");
        outbox.markDelivered(b.entryId(), "SRV-2");
        live.failure = LiveDataFailure.OFFLINE;

        List<ProgressItem> items = progress.mine(CARD).items();
        assertThat(items).extracting(ProgressItem::stage)
                .containsExactly(ProgressItem.Stage.DELIVERED_OFFLINE, ProgressItem.Stage.DELIVERED_OFFLINE);
        assertThat(items.get(0).asOf()).contains(deliveredAt);
        assertThat(live.calls.get()).isEqualTo(1);
    }

    @Test
    void aDeliveredSubmissionTheCentreDoesNotKnowSendsToTheWindow() {
        FiledSubmission a = file(CARD, "remote-care.filing");
        outbox.markDelivered(a.entryId(), "SRV-LOST");
        assertThat(progress.mine(CARD).items().get(0).stage()).isEqualTo(ProgressItem.Stage.UNKNOWN_AT_CENTRE);
    }

    @Test
    void garbageFromTheCentreFallsBackToTheLocalState() {
        FiledSubmission a = file(CARD, "remote-care.filing");
        outbox.markDelivered(a.entryId(), "SRV-1");
        live.garbage = true;
        assertThat(progress.mine(CARD).items().get(0).stage()).isEqualTo(ProgressItem.Stage.DELIVERED_OFFLINE);
    }

    @Test
    void aKeyedIdentitySeesNoListButMayAskByNumber() {
        FiledSubmission a = file(CARD, "remote-care.filing");
        ResidentIdentity keyed = new ResidentIdentity(Optional.empty(), CARD.idNumber(), IdentityMethod.KEYED, Optional.empty());
        ProgressQuery.Mine mine = progress.mine(keyed);
        assertThat(mine.verified()).isFalse();
        assertThat(mine.items()).isEmpty();
        assertThat(progress.byAcceptanceNo(a.acceptanceNo()).stage()).isEqualTo(ProgressItem.Stage.WAITING_UPLOAD);
    }

    @Test
    void byAcceptanceNumberLocalFirstThenTheCentre() {
        FiledSubmission here = file(CARD, "remote-care.filing");
        assertThat(progress.byAcceptanceNo(here.acceptanceNo()).kind()).contains("remote-care.filing");
        assertThat(live.calls.get()).isZero();

        String elsewhere = "JN-LX-007-20261121-0031";
        live.byAcceptanceNo.put(elsewhere, new ApplicationStatus("SRV-9", ApplicationStatus.State.APPROVED,
                OffsetDateTime.parse("2026-11-21T16:00:00+08:00"), ""));
        ProgressItem item = progress.byAcceptanceNo(elsewhere);
        assertThat(item.stage()).isEqualTo(ProgressItem.Stage.LIVE);
        assertThat(item.state()).contains(ApplicationStatus.State.APPROVED);
        assertThat(item.kind()).isEmpty();

        assertThat(progress.byAcceptanceNo("JN-LX-007-20261121-0032").stage()).isEqualTo(ProgressItem.Stage.NOT_FOUND);
        live.failure = LiveDataFailure.OFFLINE;
        assertThat(progress.byAcceptanceNo(elsewhere).stage()).isEqualTo(ProgressItem.Stage.LOOKUP_OFFLINE);
        live.failure = LiveDataFailure.UNAUTHORIZED;
        assertThat(progress.byAcceptanceNo(elsewhere).stage()).isEqualTo(ProgressItem.Stage.LOOKUP_FAILED);
        live.failure = null;
        live.garbage = true;
        assertThat(progress.byAcceptanceNo(elsewhere).stage()).isEqualTo(ProgressItem.Stage.LOOKUP_FAILED);
    }

    @Test
    void aMalformedAcceptanceNumberIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> progress.byAcceptanceNo("TEST-01-2026112-0001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JN-LX-007-20261122-0031");
        assertThatThrownBy(() -> progress.byAcceptanceNo("x' OR 1=1 --")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress.byAcceptanceNo(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
