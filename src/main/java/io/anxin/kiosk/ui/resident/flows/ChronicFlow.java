package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.ChronicAnswer;
import io.anxin.kiosk.domain.ChronicDiseaseRules;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.DiseaseCatalog;
import io.anxin.kiosk.domain.catalog.InsuranceType;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.flow.Answers;
import io.anxin.kiosk.ui.flow.Choice;
import io.anxin.kiosk.ui.flow.ChoiceStep;
import io.anxin.kiosk.ui.flow.FlowResult;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.flow.Step;
import io.anxin.kiosk.ui.flow.SummaryStep;

/**
 * 门诊慢特病资格申请: insurance type, disease (from the catalog list of that type), phone, then the
 * read-back, which says and shows when the answer comes (rules + working-day calendar) before the
 * resident confirms.
 */
public final class ChronicFlow implements ServiceFlow {

    private static final String INSURANCE = "insurance";
    private static final String DISEASE = "disease";

    private final ChronicDiseaseRules rules;
    private final DiseaseCatalog diseases;
    private final FileSubmission filing;
    private final Clock clock;

    public ChronicFlow(ChronicDiseaseRules rules, DiseaseCatalog diseases, FileSubmission filing, Clock clock) {
        this.rules = rules;
        this.diseases = diseases;
        this.filing = filing;
        this.clock = clock;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.CHRONIC_FILING;
    }

    @Override
    public String titleKey() {
        return "flow.chronic.title";
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        List<Step> steps = new ArrayList<>();
        steps.add(new ChoiceStep(INSURANCE, Message.of("flow.chronic.insurance"), Message.of("flow.chronic.insurance.hint"),
                List.of(new Choice(InsuranceType.EMPLOYEE, Message.of("flow.insurance.employee")),
                        new Choice(InsuranceType.RESIDENT, Message.of("flow.insurance.resident")))));
        InsuranceType type = answers.get(INSURANCE, InsuranceType.class).orElse(InsuranceType.EMPLOYEE);
        List<Choice> names = diseases.forType(type).stream()
                .map(d -> new Choice(d.nameZh(), FlowParts.name(d.nameZh(), d.nameEn()))).toList();
        steps.add(new ChoiceStep(DISEASE, Message.of("flow.chronic.disease"), names));
        steps.add(FlowParts.phoneStep("flow.phone"));
        List<Message> notes = new ArrayList<>();
        Optional<ChronicDisease> disease = diseases.find(type, answers.text(DISEASE));
        List<SummaryStep.SummaryLine> lines = new ArrayList<>();
        lines.add(FlowParts.line("flow.chronic.line.insurance", Message.of(type == InsuranceType.EMPLOYEE
                ? "flow.insurance.employee" : "flow.insurance.resident")));
        disease.ifPresent(d -> {
            lines.add(FlowParts.line("flow.chronic.line.disease", FlowParts.name(d.nameZh(), d.nameEn())));
            notes.addAll(answerNotes(answer(d, type)));
        });
        lines.add(FlowParts.line("flow.line.phone", FlowParts.text(answers.text(FlowParts.PHONE))));
        steps.add(new SummaryStep("summary", Message.of("flow.summary.question"), lines, notes, Message.of("flow.confirm")));
        return steps;
    }

    private ChronicAnswer answer(ChronicDisease disease, InsuranceType type) {
        return rules.expectedAnswer(disease, type, LocalDate.now(clock));
    }

    private static List<Message> answerNotes(ChronicAnswer answer) {
        List<Message> notes = new ArrayList<>();
        notes.add(new Message(answer.key(), answer.args()));
        if (answer.approximate()) {
            notes.add(Message.of(ChronicDiseaseRules.KEY_APPROXIMATE));
        }
        notes.add(Message.of(ChronicDiseaseRules.KEY_LONG_PRESCRIPTION, ChronicDiseaseRules.LONG_PRESCRIPTION_MAX_MONTHS));
        return notes;
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        InsuranceType type = answers.get(INSURANCE, InsuranceType.class).orElseThrow();
        ChronicDisease disease = diseases.find(type, answers.text(DISEASE)).orElseThrow();
        ChronicAnswer answer = answer(disease, type);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("insuranceType", type.code());
        fields.put("disease", disease.nameZh());
        fields.put("reviewRule", disease.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        fields.put("expectedAnswerBy", answer.answerBy());
        fields.put("expectedAnswerApproximate", answer.approximate());
        fields.put("phone", answers.text(FlowParts.PHONE));
        FiledSubmission filed = filing.file(service().code(), resident, fields);
        return new FlowResult.Submitted(filed, answerNotes(answer).subList(0, answer.approximate() ? 2 : 1), false);
    }
}
