package io.anxin.kiosk.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;
import io.anxin.kiosk.ui.resident.ServicesViewModel;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * The services through the real step engine and screens' view models over a real H2 store: each
 * filing variant ends with one outbox entry of its kind carrying the answers; the step counts stay
 * within seven; back keeps answers; bad input is refused with words and speech.
 */
class ServiceFlowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void everyFilingVariantCommitsOneOutboxEntryWithTheAnswers() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            Outbox outbox = new Outbox(h.database.dataSource(), h.clock, "TEST-01");
            int expected = 0;
            for (FlowScripts.Script script : FlowScripts.all(java.time.LocalDate.now(h.clock))) {
                if (script.service() == ServiceCode.CONTRIBUTION_PAY || script.name().endsWith("no-filing")) {
                    continue;
                }
                FlowViewModel model = KioskUiHarness.onFx(() -> {
                    FlowViewModel m = FlowWalkTest.position(h, script, 0);
                    int steps = 1;
                    while (FlowScripts.answer(m, script)) {
                        steps++;
                    }
                    assertThat(steps).as(script.name() + " steps").isEqualTo(script.expectedSteps())
                            .isLessThanOrEqualTo(ServiceFlow.MAX_STEPS);
                    assertThat(m.stepProperty().get()).isInstanceOf(SummaryStep.class);
                    m.confirm();
                    return m;
                });
                expected++;
                assertThat(model.errorProperty().get()).as(script.name()).isNull();
                List<OutboxEntry> entries = outbox.list(Optional.of(OutboxState.PENDING));
                assertThat(entries).hasSize(expected);
                OutboxEntry last = entries.get(entries.size() - 1);
                assertThat(last.kind()).isEqualTo(script.service().code());
                JsonNode fields = JSON.readTree(last.payloadJson()).get("fields");
                assertThat(fields.size()).as(script.name() + " fields").isGreaterThan(1);
                if (script.answers().containsKey("phone")) {
                    assertThat(fields.get("phone").asText()).isEqualTo(script.answers().get("phone"));
                }
                assertThat(JSON.readTree(last.payloadJson()).get("resident").get("idNumber").asText())
                        .isEqualTo(FlowWalkTest.CARD.idNumber().value());
                // the receipt after the commit, named by its acceptance number, then the satisfaction question
                String acceptanceNo = last.acceptanceNo().orElseThrow();
                assertThat(h.receiptDir.resolve(acceptanceNo + ".png")).as(script.name() + " receipt").exists();
                assertThat(h.receiptDir.resolve(acceptanceNo + ".pdf")).exists();
                assertThat(KioskUiHarness.onFx(() -> h.ui.navigator().current().id())).isEqualTo("receipt");
            }
            assertThat(expected).isEqualTo(7);
        }
    }

    @Test
    void paymentGoesThroughTheTerminalAndADeclinedCardStaysOnTheSummaryWithWords() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            io.anxin.kiosk.store.SubmissionStore submissions = new io.anxin.kiosk.store.SubmissionStore(h.database.dataSource());
            io.anxin.kiosk.device.pay.SimulatedPaymentTerminal terminal = new io.anxin.kiosk.device.pay.SimulatedPaymentTerminal(
                    dataDir.resolve("ledger.tsv"), java.time.Duration.ZERO);
            h.payment = new io.anxin.kiosk.service.payment.PayContribution(h.filing,
                    new io.anxin.kiosk.store.PaymentOrders(h.database.dataSource(), submissions), terminal, h.clock);
            FlowScripts.Script pay = FlowScripts.all(java.time.LocalDate.now(h.clock)).stream()
                    .filter(s -> s.service() == ServiceCode.CONTRIBUTION_PAY).findFirst().orElseThrow();
            terminal.script(io.anxin.kiosk.device.pay.SimulatedPaymentTerminal.Behaviour.DECLINE);
            FlowViewModel declined = KioskUiHarness.onFx(() -> {
                FlowViewModel m = FlowWalkTest.position(h, pay, 1);
                assertThat(m.stepProperty().get()).isInstanceOf(SummaryStep.class);
                m.confirm();
                return m;
            });
            assertThat(declined.errorProperty().get()).isNotNull();
            assertThat(h.voice.spokenKeys()).contains(declined.errorProperty().get().key());
            assertThat(KioskUiHarness.onFx(() -> h.ui.navigator().current().id())).isEqualTo(FlowScreen.ID);

            terminal.script(io.anxin.kiosk.device.pay.SimulatedPaymentTerminal.Behaviour.APPROVE);
            KioskUiHarness.onFx(() -> {
                declined.confirm();
                return null;
            });
            assertThat(declined.errorProperty().get()).isNull();
            List<OutboxEntry> entries = new Outbox(h.database.dataSource(), h.clock, "TEST-01").list(Optional.empty());
            assertThat(entries).extracting(OutboxEntry::kind).containsExactly("contribution.pay", "contribution.pay.result",
                    "contribution.pay", "contribution.pay.result");
            assertThat(entries.get(3).payloadJson()).contains("paid");
            assertThat(h.receiptDir.resolve(entries.get(2).acceptanceNo().orElseThrow() + ".png")).exists();
            assertThat(KioskUiHarness.onFx(() -> h.ui.navigator().current().id())).isEqualTo("receipt");
        }
    }

    @Test
    void temporaryCareInsideTheProvinceFilesNothingAndSaysWhy() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            FlowScripts.Script script = FlowScripts.all(java.time.LocalDate.now(h.clock)).stream().filter(s -> s.name().endsWith("no-filing")).findFirst().orElseThrow();
            Step last = KioskUiHarness.onFx(() -> {
                FlowViewModel m = FlowWalkTest.position(h, script, 3);
                return m.stepProperty().get();
            });
            assertThat(last).isInstanceOf(NoticeStep.class);
            assertThat(((NoticeStep) last).text().get(0).key()).isEqualTo("rules.remote-care.no-filing");
            assertThat(new Outbox(h.database.dataSource(), h.clock, "TEST-01").list(Optional.empty())).isEmpty();
        }
    }

    @Test
    void backKeepsWhatWasEnteredAndABadPhoneIsRefusedAloud() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            FlowScripts.Script script = FlowScripts.all(java.time.LocalDate.now(h.clock)).get(0);
            KioskUiHarness.onFx(() -> {
                FlowViewModel m = FlowWalkTest.position(h, script, 4);
                assertThat(m.stepProperty().get().id()).isEqualTo("phone");
                assertThat(m.stepNumberProperty().get()).isEqualTo(5);
                assertThat(m.stepCountProperty().get()).isEqualTo(6);
                javafx.scene.control.Label shown = (javafx.scene.control.Label) h.ui.scene().lookup("#flow-keyed-progress");
                assertThat(shown.getText()).as("what the screen shows").isEqualTo("第5步/共6步");
                "2345".chars().forEach(c -> m.key((char) c));
                m.confirmEntry();
                assertThat(m.errorProperty().get().key()).isEqualTo("rules.phone.invalid");
                assertThat(h.voice.spokenKeys()).contains("rules.phone.invalid");
                h.ui.navigator().back();
                assertThat(m.stepProperty().get().id()).isEqualTo("start");
                assertThat(m.entryProperty().get()).isEqualTo(java.time.LocalDate.now(h.clock).plusDays(3).toString().replace("-", ""));
                h.ui.navigator().back();
                h.ui.navigator().back();
                assertThat(m.stepProperty().get().id()).isEqualTo("province");
                assertThat(m.pageProperty().get()).as("the page holding the chosen province").isGreaterThan(0);
                return null;
            });
        }
    }

    @Test
    void aKeyedIdNumberCannotChangeDetails() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            KioskUiHarness.onFx(() -> {
                h.ui.session().identityProperty().set(new ResidentIdentity(Optional.empty(),
                        IdNumber.parse("370102195203154320"), IdentityMethod.KEYED, Optional.empty()));
                ServicesViewModel services = (ServicesViewModel) h.ui.registry().get("services").model();
                h.ui.navigator().goTo("services");
                services.open(ServiceCode.INFO_CHANGE);
                assertThat(services.errorProperty().get().key()).isEqualTo("services.needs-card");
                assertThat(h.ui.navigator().current().id()).isEqualTo("services");
                return null;
            });
        }
    }

    @Test
    void aServiceChosenBeforeIdentifyingOpensAfterTheGreeting() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            KioskUiHarness.onFx(() -> {
                ServicesViewModel services = (ServicesViewModel) h.ui.registry().get("services").model();
                h.ui.navigator().goTo("services");
                services.open(ServiceCode.CHRONIC_FILING);
                assertThat(h.ui.navigator().current().id()).isEqualTo("identify");
                h.ui.session().identityProperty().set(FlowWalkTest.CARD);
                services.afterIdentified();
                assertThat(h.ui.navigator().current().id()).isEqualTo(FlowScreen.ID);
                FlowViewModel m = (FlowViewModel) h.ui.registry().get(FlowScreen.ID).model();
                assertThat(m.flowProperty().get().service()).isEqualTo(ServiceCode.CHRONIC_FILING);
                assertThat(h.voice.events()).extracting(RecordingVoice.Event::key).contains("prompt.flow");
                return null;
            });
        }
    }
}
