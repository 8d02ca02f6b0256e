package io.anxin.kiosk.ui;

import static io.anxin.kiosk.ui.IdentifyJourneyTest.fx;
import static io.anxin.kiosk.ui.IdentifyJourneyTest.sceneText;
import static io.anxin.kiosk.ui.IdentifyJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.device.print.PrinterFailure;
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
import io.anxin.kiosk.ui.resident.AccountScreen;
import io.anxin.kiosk.ui.resident.CertificateScreen;
import io.anxin.kiosk.ui.resident.ProgressNumberScreen;
import io.anxin.kiosk.ui.resident.ProgressScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.voice.RecordingVoice;

/** The three query services end to end: a demo card through the simulated reader, then the real screens. */
class QueryJourneyTest {

    private static final String NAME = "王秀英";
    private static final String ID = "370102195203154320";

    @TempDir
    Path dataDir;

    @Test
    void accountOnlineThenOfflineFromTheCacheThenWipedAtTheEndOfTheVisit() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.live.failure = null;
            h.live.with(IdNumber.parse(ID), FakeLiveData.record(NAME, "active", 6));
            CardReaders readers = identifyWithDemoCard(h);
            try {
                go(h, AccountScreen.ID);
                String text = sceneText(h);
                assertThat(text).contains("1234.50元").contains("参保状态：正常参保").contains("险种：城乡居民基本医疗保险")
                        .contains("高血压，有效期至2027年6月30日").contains("数据截至2026年11月22日 09:00").doesNotContain(ID);
                assertThat(lastSpoken(h).key()).isEqualTo("account.say.live");
                assertThat(lastSpoken(h).prompt().args()).containsExactly("1234.50");
                snap(h, "account-live");

                click(h, "account-show-spending");
                assertThat(sceneText(h)).contains("最近消费（第1页，共2页）").contains("济南市中心医院1　支出1.20元")
                        .contains("济南市中心医院4").doesNotContain("济南市中心医院5");
                click(h, "account-next");
                assertThat(sceneText(h)).contains("第2页，共2页").contains("济南市中心医院6").doesNotContain("济南市中心医院4");
                snap(h, "account-spending");
                KioskUiHarness.onFx(() -> {
                    h.ui.session().largeTextProperty().set(true);
                    return null;
                });
                snap(h, "account-spending-large");
                KioskUiHarness.onFx(() -> {
                    h.ui.session().largeTextProperty().set(false);
                    return null;
                });

                h.live.failure = LiveDataFailure.OFFLINE;
                h.clock.advance(Duration.ofHours(2));
                click(h, "account-show-summary");
                go(h, "home");
                go(h, AccountScreen.ID);
                assertThat(sceneText(h)).contains("现在无法联网，下面是截至2026年11月22日 09:30的记录").contains("1234.50元");
                assertThat(lastSpoken(h).key()).isEqualTo("account.say.cached");
                snap(h, "account-cached");
                KioskUiHarness.onFx(() -> {
                    h.ui.session().largeTextProperty().set(true);
                    return null;
                });
                snap(h, "account-cached-large");

                h.demoCards.remove();
                waitFor(() -> fx(() -> h.ui.cards().pausedProperty().get()));
                h.clock.advance(Duration.ofSeconds(31));
                KioskUiHarness.onFx(() -> {
                    h.ui.tick();
                    return null;
                });
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("attract");
                for (Screen s : fx(() -> h.ui.registry().all())) {
                    String state = ModelState.dump(s.model());
                    assertThat(state).as("state of %s", s.id()).doesNotContain(NAME).doesNotContain(ID).doesNotContain("1234.50")
                            .doesNotContain("济南市中心医院1"); // a spending line (the plain name is in the hospitals catalog)
                }
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void aKeyedIdNumberIsToldToInsertTheCardOrScanAndNothingIsLookedUp() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.live.failure = null;
            h.live.with(IdNumber.parse(ID), FakeLiveData.record(NAME, "active", 2));
            KioskUiHarness.onFx(() -> {
                h.ui.session().identityProperty().set(new ResidentIdentity(Optional.empty(), IdNumber.parse(ID),
                        IdentityMethod.KEYED, Optional.empty()));
                return null;
            });
            go(h, AccountScreen.ID);
            assertThat(sceneText(h)).contains("请插入社保卡，或扫医保电子凭证后再查").contains("插卡或扫码").doesNotContain("1234.50");
            assertThat(lastSpoken(h).key()).isEqualTo("query.not-verified");
            go(h, CertificateScreen.ID);
            assertThat(sceneText(h)).contains("不能查看个人信息");
            assertThat(h.live.calls.get()).isZero();
            click(h, "certificate-identify");
            assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("identify");
        }
    }

    @Test
    void offlineWithoutACopyTheAccountSaysWhatNeedsTheNetworkAndOffersWhatStillWorks() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = identifyWithDemoCard(h);
            try {
                go(h, AccountScreen.ID);
                assertThat(sceneText(h)).contains("现在无法联网，本机也没有您的查询记录。联网后就可以查询").contains("再查一次")
                        .contains("查询办理进度");
                assertThat(lastSpoken(h).key()).isEqualTo("query.no-network");
                snap(h, "account-no-network");
                click(h, "account-to-progress");
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo(ProgressScreen.ID);
                assertThat(sceneText(h)).contains("您在本机还没有办理过业务");
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void progressListsOwnSubmissionsAndTheKeypadFindsOneByItsNumber() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            ResidentIdentity card = new ResidentIdentity(Optional.of(NAME), IdNumber.parse(ID), IdentityMethod.CARD, Optional.empty());
            FileSubmission files = new FileSubmission(new SubmissionStore(h.database.dataSource()), h.clock, "TEST-01");
            Outbox outbox = new Outbox(h.database.dataSource(), h.clock, "TEST-01");
            FiledSubmission first = files.file("remote-care.filing", card, Map.of());
            FiledSubmission second = files.file("chronic.filing", card, Map.of());
            FiledSubmission third = files.file("reimburse.manual", card, Map.of());
            FiledSubmission fourth = files.file("info.change", card, Map.of());
            outbox.markDelivered(first.entryId(), "SRV-1");
            outbox.markRejected(second.entryId(), "DISEASE_NOT_COVERED", "该病种不在目录内");
            outbox.markDelivered(third.entryId(), "SRV-3");
            h.live.failure = null;
            h.live.byReference.put("SRV-3", new ApplicationStatus("SRV-3", ApplicationStatus.State.UNDER_REVIEW,
                    OffsetDateTime.parse("2026-11-22T09:40:00+08:00"), ""));
            h.live.byReference.put("SRV-1", new ApplicationStatus("SRV-1", ApplicationStatus.State.APPROVED,
                    OffsetDateTime.parse("2026-11-22T09:45:00+08:00"), "备案已生效"));

            CardReaders readers = identifyWithDemoCard(h);
            try {
                go(h, ProgressScreen.ID);
                String text = sceneText(h);
                assertThat(text).contains("您在本机办理了4件业务").contains("参保信息变更").contains("已受理，等待上传")
                        .contains("医疗费手工报销").contains("正在审核").contains("医保中心退回：该病种不在目录内。请到窗口办理。")
                        .doesNotContain("异地就医备案");
                assertThat(lastSpoken(h).prompt().args().toString()).contains("参保信息变更").contains("已受理，等待上传");
                snap(h, "progress-list");
                click(h, "progress-next");
                assertThat(sceneText(h)).contains("异地就医备案").contains("已办结：审核通过").contains("医保中心说明：备案已生效");

                click(h, "progress-by-number");
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo(ProgressNumberScreen.ID);
                String serial = fourth.acceptanceNo().substring(fourth.acceptanceNo().length() - 4);
                click(h, "progress-number-search");
                assertThat(fx(() -> h.ui.registry().get(ProgressNumberScreen.ID).model().errorProperty().get().key()))
                        .isEqualTo("progress-number.error.short");
                for (char c : serial.toCharArray()) {
                    click(h, "progress-number-key-" + c);
                }
                assertThat(h.voice.events()).anySatisfy(e -> assertThat(e.key()).isEqualTo("progress-number.typed"));
                click(h, "progress-number-search");
                assertThat(sceneText(h)).contains("已受理，等待上传").contains(fourth.acceptanceNo().substring(0, 17));
                assertThat(lastSpoken(h).key()).isEqualTo("progress.stage.waiting");
                snap(h, "progress-number-found");

                click(h, "progress-number-later");
                assertThat(fx(() -> h.ui.registry().get(ProgressNumberScreen.ID).model().errorProperty().get().key()))
                        .isEqualTo("progress-number.error.future");
                click(h, "progress-number-earlier");
                h.live.failure = LiveDataFailure.OFFLINE;
                click(h, "progress-number-search");
                assertThat(sceneText(h)).contains("现在无法联网查询").contains("TEST-01-20261121-");
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void certificatePrintsAfterAPrinterFailureAndAStaleCopyIsRefused() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.live.failure = null;
            h.live.with(IdNumber.parse(ID), FakeLiveData.record(NAME, "active", 1));
            CardReaders readers = identifyWithDemoCard(h);
            try {
                go(h, CertificateScreen.ID);
                assertThat(sceneText(h)).contains("可以打印参保证明").contains("身份证号：370102********4320")
                        .contains("参保日期：2008年1月1日").doesNotContain(ID);
                snap(h, "certificate-ready");
                h.slips.failure = PrinterFailure.PAPER_OUT;
                click(h, "certificate-print");
                assertThat(sceneText(h)).contains("打印机没有纸了");
                assertThat(h.voice.events()).anySatisfy(e -> assertThat(e.key()).isEqualTo("certificate.error.paper-out"));
                assertThat(h.slips.names).isEmpty();
                snap(h, "certificate-paper-out");
                h.slips.failure = null;
                click(h, "certificate-print");
                assertThat(h.slips.names).hasSize(1);
                assertThat(sceneText(h)).contains("参保证明已打印，请从出纸口取走").doesNotContain("打印机没有纸了");
                assertThat(lastSpoken(h).key()).isEqualTo("certificate.printed");

                h.live.failure = LiveDataFailure.OFFLINE;
                h.clock.advance(Duration.ofDays(8));
                go(h, "home");
                go(h, CertificateScreen.ID);
                assertThat(sceneText(h)).contains("超过了7天").contains("请到窗口打印");
                assertThat(fx(() -> h.ui.shell().lookup("#certificate-print").isVisible())).isFalse();
                snap(h, "certificate-too-old");
            } finally {
                readers.close();
            }
        }
    }

    private static CardReaders identifyWithDemoCard(KioskUiHarness h) throws Exception {
        CardReaders readers = h.startCardReaders();
        waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
        h.demoCards.insert(0);
        waitFor(() -> fx(() -> h.ui.navigator().current().id().equals("greeting")));
        assertThat(fx(() -> h.ui.session().identity().idNumber().value())).isEqualTo(ID);
        return readers;
    }

    private static void go(KioskUiHarness h, String screen) throws Exception {
        KioskUiHarness.onFx(() -> {
            h.ui.navigator().goTo(screen);
            return null;
        });
        h.layout();
    }

    private static void click(KioskUiHarness h, String id) throws Exception {
        KioskUiHarness.onFx(() -> {
            Button b = (Button) h.ui.scene().getRoot().lookup("#" + id);
            assertThat(b).as("button #%s", id).isNotNull();
            assertThat(b.isVisible() && !b.isDisabled()).as("#%s shown and enabled", id).isTrue();
            b.fire();
            return null;
        });
        h.layout();
    }

    private static RecordingVoice.Event lastSpoken(KioskUiHarness h) {
        return h.voice.events().stream().filter(e -> e.type() == RecordingVoice.Type.SPEAK).reduce((a, b) -> b).orElseThrow();
    }

    private static void snap(KioskUiHarness h, String name) throws Exception {
        h.layout();
        KioskUiHarness.onFx(() -> Snapshots.write(h.ui.scene(), name));
    }
}
