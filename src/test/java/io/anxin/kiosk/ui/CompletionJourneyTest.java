package io.anxin.kiosk.ui;

import static io.anxin.kiosk.ui.IdentifyJourneyTest.fx;
import static io.anxin.kiosk.ui.IdentifyJourneyTest.sceneText;
import static io.anxin.kiosk.ui.IdentifyJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.a11y.AccessibilityWalker;
import io.anxin.kiosk.ui.resident.ReceiptViewModel;
import io.anxin.kiosk.ui.a11y.Mode;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.voice.PromptCatalog;
import io.anxin.kiosk.voice.RecordingVoice;
import io.anxin.kiosk.voice.SpeechNormalizer;

/**
 * The end of a service through the real screens: a demo card, a submission filed through the real
 * service, the receipt on the file printer, 满意 stored, and the card pulled to end the visit; and the
 * printer-failure path with the acceptance number large and read out.
 */
class CompletionJourneyTest {

    private static final String NAME = "王秀英";
    private static final String ID = "370102195203154320";

    @TempDir
    Path dataDir;

    private static FiledSubmission file(KioskUiHarness h, ResidentIdentity who) {
        FileSubmission filing = new FileSubmission(new SubmissionStore(h.database.dataSource()), h.clock, "TEST-01");
        return filing.file("remote-care.filing", who, Map.of("destination", "370100"));
    }

    private static void fire(KioskUiHarness h, String id) throws Exception {
        fx(() -> {
            Button b = (Button) h.ui.scene().lookup("#" + id);
            assertThat(b).as("button #%s", id).isNotNull();
            assertThat(b.isVisible() && !b.isDisabled()).as("#%s can be tapped", id).isTrue();
            b.fire();
            return null;
        });
        h.layout();
    }

    private static String current(KioskUiHarness h) throws Exception {
        return fx(() -> h.ui.navigator().current().id());
    }

    private static List<String> satisfactionRows(KioskUiHarness h) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = h.database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM satisfaction ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT)).append('=')
                            .append(rs.getString(i)).append(' ');
                }
                rows.add(row.toString().strip());
            }
        }
        return rows;
    }

    @Test
    void receiptThenSatisfiedThenPullingTheCardEndsTheVisit() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(0);
                waitFor(() -> current(h).equals("greeting"));
                ResidentIdentity who = fx(() -> h.ui.session().identity());
                FiledSubmission filed = file(h, who);

                fx(() -> {
                    h.ui.completion().submitted(new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING,
                            List.of("预计 2026年11月25日 前办结"), false));
                    return null;
                });
                h.layout();
                assertThat(current(h)).isEqualTo("receipt");
                assertThat(h.receiptDir.resolve(filed.acceptanceNo() + ".png")).isRegularFile();
                assertThat(h.receiptDir.resolve(filed.acceptanceNo() + ".pdf")).isRegularFile();
                assertThat(sceneText(h)).contains("请取走回执").contains(filed.acceptanceNo()).doesNotContain(ID);
                assertThat(h.voice.events()).anySatisfy(e -> {
                    assertThat(e.key()).isEqualTo("prompt.receipt.printed");
                    assertThat(e.prompt().args()).containsExactly(filed.acceptanceNo());
                });
                fx(() -> Snapshots.write(h.ui.scene(), "completion-receipt-printed"));
                Files.copy(h.receiptDir.resolve(filed.acceptanceNo() + ".png"), Snapshots.folder().resolve("completion-receipt-paper.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

                fire(h, "receipt-next");
                assertThat(current(h)).isEqualTo("satisfaction");
                assertThat(h.voice.spokenKeys()).contains("prompt.satisfaction");
                fire(h, "satisfaction-satisfied");

                assertThat(satisfactionRows(h)).singleElement().satisfies(row -> assertThat(row)
                        .matches("id=\\d+ service_code=remote-care\\.filing rating=satisfied created_at=2026-11-22 .* terminal_id=TEST-01"));
                assertThat(current(h)).isEqualTo("take-card");
                assertThat(sceneText(h)).contains("请取走您的社保卡和回执");
                assertThat(fx(() -> h.ui.scene().lookup("#take-card-done").isVisible())).isFalse();
                assertThat(h.voice.spokenKeys()).contains("prompt.take.card");
                fx(() -> Snapshots.write(h.ui.scene(), "completion-take-card"));

                h.demoCards.remove();
                waitFor(() -> current(h).equals("attract"));
                assertThat(fx(() -> h.ui.cards().pausedProperty().get())).as("ended, not paused").isFalse();
                assertThat(fx(() -> h.ui.session().identity())).isNull();
                assertThat(sceneText(h)).doesNotContain(NAME).doesNotContain(filed.acceptanceNo());
                for (Screen s : fx(() -> h.ui.registry().all())) {
                    assertThat(ModelState.dump(s.model())).as("state of %s", s.id())
                            .doesNotContain(NAME).doesNotContain(ID).doesNotContain(filed.acceptanceNo());
                }
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void aCardPulledBeforeTheTakeCardScreenStillOnlyPauses() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(0);
                waitFor(() -> current(h).equals("greeting"));
                fx(() -> {
                    h.ui.completion().finished(ServiceCode.QUERY_ACCOUNT);
                    return null;
                });
                assertThat(current(h)).isEqualTo("satisfaction");
                h.demoCards.remove();
                waitFor(() -> fx(() -> h.ui.cards().pausedProperty().get()));
                assertThat(current(h)).isEqualTo("satisfaction");
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void whenThePrinterFailsTheNumberIsShownVeryLargeAndReadOutForWritingDown() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.printer.failWith = PrinterFailure.PAPER_OUT;
            ResidentIdentity keyed = new ResidentIdentity(java.util.Optional.empty(), IdNumber.parse(ID),
                    IdentityMethod.KEYED, java.util.Optional.empty());
            fx(() -> {
                h.ui.cards().identified(keyed);
                return null;
            });
            FiledSubmission filed = file(h, keyed);
            fx(() -> {
                h.ui.completion().submitted(new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING, List.of(), false));
                return null;
            });
            h.layout();

            assertThat(current(h)).isEqualTo("receipt");
            assertThat(h.receiptDir.resolve(filed.acceptanceNo() + ".png")).doesNotExist();
            String text = sceneText(h);
            assertThat(text).contains("回执没有打印出来：打印机没有纸了。").contains("您的申请已经提交成功，不用重新办理。")
                    .contains("请记下受理号，或到窗口打印").contains(filed.acceptanceNo());
            double numberSize = fx(() -> ((Label) h.ui.scene().lookup("#receipt-number")).getFont().getSize());
            double headingSize = fx(() -> ((Label) h.ui.scene().lookup("#receipt-headline")).getFont().getSize());
            assertThat(numberSize).as("number font px").isGreaterThanOrEqualTo(72).isGreaterThan(headingSize * 1.5);

            RecordingVoice.Event said = h.voice.events().stream().filter(e -> e.type() == RecordingVoice.Type.SPEAK)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(said.key()).isEqualTo("prompt.receipt.failed");
            String spoken = new SpeechNormalizer().normalize(new PromptCatalog(PromptCatalog.KIOSK_BUNDLE)
                    .text(said.prompt(), Locale.SIMPLIFIED_CHINESE).orElseThrow(), Locale.SIMPLIFIED_CHINESE);
            String number = "字母T E S T，杠，零一，杠，二零二六，一一二二，杠，零零零一";
            assertThat(filed.acceptanceNo()).isEqualTo("TEST-01-20261122-0001");
            assertThat(spoken).contains("打印机没有纸了").contains("已经提交成功").contains("请记下受理号")
                    .containsSubsequence(number, "再说一遍", number);
            assertThat(h.audit.latest(10)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("receipt.print-failed");
                assertThat(e.detail()).contains(filed.acceptanceNo()).contains("PAPER_OUT").doesNotContain(ID);
            });

            fire(h, "receipt-repeat-number");
            assertThat(h.voice.events().get(h.voice.events().size() - 1).key()).isEqualTo("prompt.receipt.number");
            fx(() -> Snapshots.write(h.ui.scene(), "completion-receipt-failed"));
            fx(() -> {
                h.ui.session().largeTextProperty().set(true);
                return null;
            });
            h.layout();
            fx(() -> Snapshots.write(h.ui.scene(), "completion-receipt-failed-large"));
        }
    }

    /**
     * The walker over the printed and the failed receipt in every mode. The registry walk sees the
     * screens empty (its idle check wipes the visit), so here each mode gets a fresh receipt, and the
     * idle check, which wipes it, is left to the registry walk.
     */
    @ParameterizedTest
    @EnumSource(value = ReceiptViewModel.State.class, names = {"PRINTED", "FAILED"})
    void theReceiptStatesPassTheAccessibilityChecksInEveryMode(ReceiptViewModel.State state) throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.printer.failWith = state == ReceiptViewModel.State.FAILED ? PrinterFailure.COVER_OPEN : null;
            ResidentIdentity keyed = new ResidentIdentity(java.util.Optional.empty(), IdNumber.parse(ID),
                    IdentityMethod.KEYED, java.util.Optional.empty());
            List<io.anxin.kiosk.ui.a11y.Check> checks = AccessibilityWalker.allChecks().stream()
                    .filter(c -> !(c instanceof io.anxin.kiosk.ui.a11y.checks.IdleGuardCheck)).toList();
            List<Violation> violations = new ArrayList<>();
            for (Mode mode : Mode.all()) {
                FiledSubmission filed = file(h, keyed);
                fx(() -> {
                    h.ui.cards().identified(keyed);
                    h.ui.completion().submitted(new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING, List.of(), false));
                    return null;
                });
                assertThat(fx(() -> ((ReceiptViewModel) h.ui.registry().get("receipt").model()).stateProperty().get()))
                        .isEqualTo(state);
                violations.addAll(new AccessibilityWalker(h, checks).walk(List.of(fx(() -> h.ui.registry().get("receipt"))),
                        List.of(mode)));
            }
            assertThat(violations).as(violations.toString()).isEmpty();
        }
    }

    @Test
    void withoutACardTheLastScreenAsksForTheReceiptAndDoneEndsTheVisit() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            ResidentIdentity keyed = new ResidentIdentity(java.util.Optional.empty(), IdNumber.parse(ID),
                    IdentityMethod.KEYED, java.util.Optional.empty());
            fx(() -> {
                h.ui.cards().identified(keyed);
                return null;
            });
            FiledSubmission filed = file(h, keyed);
            fx(() -> {
                h.ui.completion().submitted(new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING, List.of(), true));
                return null;
            });
            h.layout();
            fire(h, "receipt-next");
            fire(h, "satisfaction-skip");
            assertThat(satisfactionRows(h)).isEmpty();
            assertThat(current(h)).isEqualTo("take-card");
            assertThat(sceneText(h)).contains("请取走回执").doesNotContain("社保卡");
            assertThat(h.voice.spokenKeys()).contains("prompt.take.card.receipt");
            fx(() -> Snapshots.write(h.ui.scene(), "completion-take-receipt"));

            // the idle timeout still applies on this screen
            h.clock.advance(Duration.ofSeconds(91));
            fx(() -> {
                h.ui.tick();
                return null;
            });
            assertThat(fx(() -> h.ui.idleGuard().warningProperty().get())).isTrue();
            fire(h, "take-card-done");
            assertThat(current(h)).isEqualTo("attract");
            assertThat(fx(() -> h.ui.session().identity())).isNull();
        }
    }

    @Test
    void backFromTheReceiptGoesHomeNotToTheConfirmationAgain() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            ResidentIdentity keyed = new ResidentIdentity(java.util.Optional.empty(), IdNumber.parse(ID),
                    IdentityMethod.KEYED, java.util.Optional.empty());
            fx(() -> {
                h.ui.cards().identified(keyed);
                h.ui.navigator().goTo("home");
                h.ui.navigator().goTo("call-staff"); // stands for a service's confirmation screen
                return null;
            });
            FiledSubmission filed = file(h, keyed);
            fx(() -> {
                h.ui.completion().submitted(new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING, List.of(), false));
                h.ui.navigator().back();
                return null;
            });
            assertThat(current(h)).isEqualTo("home");
            assertThat(Files.list(h.receiptDir).filter(p -> p.toString().endsWith(".png")).count())
                    .as("printed once").isEqualTo(1);
        }
    }
}
