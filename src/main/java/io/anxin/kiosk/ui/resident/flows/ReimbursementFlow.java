package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.Amounts;
import io.anxin.kiosk.domain.FieldError;
import io.anxin.kiosk.domain.ReimbursementClaim;
import io.anxin.kiosk.domain.ReimbursementRules;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.HospitalCatalog;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.flow.Answers;
import io.anxin.kiosk.ui.flow.Choice;
import io.anxin.kiosk.ui.flow.ChoiceStep;
import io.anxin.kiosk.ui.flow.DateStep;
import io.anxin.kiosk.ui.flow.FlowResult;
import io.anxin.kiosk.ui.flow.NumberKind;
import io.anxin.kiosk.ui.flow.NumberStep;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.flow.Step;
import io.anxin.kiosk.ui.flow.SummaryStep;

/**
 * 医疗费手工报销: hospital, first day of treatment, last day (or "a single visit"), amount, number of
 * invoices, the resident's own bank card, then the read-back with the materials to hand in.
 * Seven steps, the most any service has.
 */
public final class ReimbursementFlow implements ServiceFlow {

    private static final String HOSPITAL = "hospital";
    private static final String START = "start";
    private static final String END = "end";
    private static final String AMOUNT = "amount";
    private static final String INVOICES = "invoices";
    private static final String CARD = "bankCard";
    /** The quick answer "看了一天门诊": no last day. */
    private static final String SINGLE_VISIT = "single-visit";

    private final ReimbursementRules rules;
    private final HospitalCatalog hospitals;
    private final FileSubmission filing;
    private final Clock clock;

    public ReimbursementFlow(ReimbursementRules rules, HospitalCatalog hospitals, FileSubmission filing, Clock clock) {
        this.rules = rules;
        this.hospitals = hospitals;
        this.filing = filing;
        this.clock = clock;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.REIMBURSE_MANUAL;
    }

    @Override
    public String titleKey() {
        return "flow.reimburse.title";
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        List<Step> steps = new ArrayList<>();
        steps.add(new ChoiceStep(HOSPITAL, Message.of("flow.reimburse.hospital"), FlowParts.hospitals(hospitals)));
        steps.add(new DateStep(START, Message.of("flow.reimburse.start"), FlowParts.quickDates(clock, "today", "yesterday"),
                d -> check(answers, ReimbursementClaim.FIELD_TREATMENT_START, START, d)));
        steps.add(new DateStep(END, Message.of("flow.reimburse.end"),
                List.of(new Choice(SINGLE_VISIT, Message.of("flow.reimburse.end.single"))),
                d -> check(answers, ReimbursementClaim.FIELD_TREATMENT_END, END, d)));
        steps.add(new NumberStep(AMOUNT, Message.of("flow.reimburse.amount"), NumberKind.AMOUNT,
                keyed -> FlowParts.problemOf(ReimbursementClaim.FIELD_AMOUNT, errors(answers, AMOUNT, keyed))));
        steps.add(new NumberStep(INVOICES, Message.of("flow.reimburse.invoices"), NumberKind.COUNT,
                keyed -> FlowParts.problemOf(ReimbursementClaim.FIELD_INVOICE_COUNT, errors(answers, INVOICES, keyed))));
        steps.add(new NumberStep(CARD, Message.of("flow.reimburse.bank-card"), NumberKind.BANK_CARD,
                keyed -> FlowParts.problemOf(ReimbursementClaim.FIELD_BANK_CARD, errors(answers, CARD, keyed))));
        steps.add(summary(answers));
        return steps;
    }

    private SummaryStep summary(Answers answers) {
        ReimbursementClaim claim = claim(answers);
        List<SummaryStep.SummaryLine> lines = new ArrayList<>();
        lines.add(FlowParts.line("flow.reimburse.line.hospital", FlowParts.hospitalName(hospitals, answers.text(HOSPITAL))));
        lines.add(FlowParts.line("flow.reimburse.line.dates", claim.treatmentEnd().isEmpty()
                ? claim.treatmentStart().map(FlowParts::date).orElse(FlowParts.text(""))
                : Message.of("flow.date.range", claim.treatmentStart().orElse(null), claim.treatmentEnd().get())));
        lines.add(FlowParts.line("flow.reimburse.line.amount", Message.of("flow.amount", claim.amount())));
        lines.add(FlowParts.line("flow.reimburse.line.invoices", Message.of("flow.count.invoices", claim.invoiceCount())));
        lines.add(FlowParts.line("flow.reimburse.line.bank-card", FlowParts.maskedCard(claim.bankCard())));
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("flow.reimburse.materials"));
        notes.add(Message.of("flow.reimburse.card-owner"));
        if (FlowParts.OTHER_HOSPITAL.equals(answers.text(HOSPITAL))) {
            notes.add(Message.of("flow.complete-at-window"));
        }
        return new SummaryStep("summary", Message.of("flow.summary.question"), lines, notes, Message.of("flow.confirm"));
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        ReimbursementClaim claim = claim(answers);
        List<FieldError> errors = rules.validate(claim);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("reimbursement claim has " + errors.size() + " field errors");
        }
        boolean otherHospital = FlowParts.OTHER_HOSPITAL.equals(answers.text(HOSPITAL));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("hospital", otherHospital ? null : claim.hospital());
        fields.put("treatmentStart", claim.treatmentStart().orElseThrow());
        claim.treatmentEnd().ifPresent(d -> fields.put("treatmentEnd", d));
        fields.put("amount", Amounts.parse(claim.amount()).toPlainString());
        fields.put("invoiceCount", claim.invoiceCount());
        fields.put("bankCard", claim.bankCard());
        if (otherHospital) {
            fields.put("completeAtWindow", List.of("hospital"));
        }
        FiledSubmission filed = filing.file(service().code(), resident, fields);
        return new FlowResult.Submitted(filed, List.of(Message.of("flow.reimburse.next")), otherHospital);
    }

    private Optional<Message> check(Answers answers, String field, String step, LocalDate date) {
        return FlowParts.problemOf(field, errors(answers, step, date));
    }

    private List<FieldError> errors(Answers answers, String step, Object value) {
        Answers probe = new Answers();
        for (String id : List.of(HOSPITAL, START, END, AMOUNT, INVOICES, CARD)) {
            answers.get(id, Object.class).ifPresent(v -> probe.put(id, v));
        }
        probe.put(step, value);
        return rules.validate(claim(probe));
    }

    private static ReimbursementClaim claim(Answers answers) {
        String hospital = answers.text(HOSPITAL);
        int invoices;
        try {
            invoices = Integer.parseInt(answers.text(INVOICES));
        } catch (NumberFormatException e) {
            invoices = 0;
        }
        return new ReimbursementClaim(answers.text(AMOUNT), FlowParts.OTHER_HOSPITAL.equals(hospital) ? "(window)" : hospital,
                answers.get(START, LocalDate.class), answers.get(END, LocalDate.class), invoices, answers.text(CARD));
    }
}
