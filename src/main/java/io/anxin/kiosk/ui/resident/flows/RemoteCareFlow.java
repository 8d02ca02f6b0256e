package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.RemoteCareDecision;
import io.anxin.kiosk.domain.RemoteCareRequest;
import io.anxin.kiosk.domain.RemoteCareRules;
import io.anxin.kiosk.domain.RemoteCareType;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.Destination;
import io.anxin.kiosk.domain.catalog.DestinationCatalog;
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
import io.anxin.kiosk.ui.flow.NoticeStep;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.flow.Step;
import io.anxin.kiosk.ui.flow.SummaryStep;
import io.anxin.kiosk.ui.flow.SummaryStep.SummaryLine;

/**
 * 异地就医备案: type, province, city, start date (end date for temporary care, referring hospital
 * for a referral), phone, then the read-back with the commitment text for commitment-based types.
 * Temporary care inside the home province ends in a notice: no filing is needed.
 */
public final class RemoteCareFlow implements ServiceFlow {

    private static final String TYPE = "type";
    private static final String PROVINCE = "province";
    private static final String CITY = "city";
    private static final String START = "start";
    private static final String END = "end";
    private static final String HOSPITAL = "hospital";

    private final RemoteCareRules rules;
    private final DestinationCatalog destinations;
    private final HospitalCatalog hospitals;
    private final FileSubmission filing;
    private final Clock clock;

    public RemoteCareFlow(RemoteCareRules rules, DestinationCatalog destinations, HospitalCatalog hospitals,
                          FileSubmission filing, Clock clock) {
        this.rules = rules;
        this.destinations = destinations;
        this.hospitals = hospitals;
        this.filing = filing;
        this.clock = clock;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.REMOTE_CARE_FILING;
    }

    @Override
    public String titleKey() {
        return "flow.remote-care.title";
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        List<Step> steps = new ArrayList<>();
        List<Choice> types = new ArrayList<>();
        for (RemoteCareType t : RemoteCareType.values()) {
            types.add(new Choice(t, Message.of(t.nameKey())));
        }
        steps.add(new ChoiceStep(TYPE, Message.of("flow.remote-care.type"), Message.of("flow.remote-care.type.hint"), types));
        List<Choice> provinces = destinations.provinces().stream().map(p -> Choice.literal(p, p)).toList();
        steps.add(new ChoiceStep(PROVINCE, Message.of("flow.remote-care.province"), provinces));
        String province = answers.text(PROVINCE);
        List<Destination> cities = province.isEmpty() ? destinations.all() : destinations.citiesOf(province);
        steps.add(new ChoiceStep(CITY, Message.of("flow.remote-care.city"),
                cities.stream().map(d -> Choice.literal(d.city(), d.city())).toList()));
        RemoteCareType type = answers.get(TYPE, RemoteCareType.class).orElse(RemoteCareType.LONG_TERM_RESIDENCE);
        Optional<Destination> destination = destination(answers);
        if (destination.isPresent() && !rules.filingNeeded(type, destination.get())) {
            RemoteCareDecision decision = rules.assess(request(answers));
            steps.add(new NoticeStep("no-filing", Message.of("flow.remote-care.no-filing"),
                    List.of(new Message(decision.key(), decision.args()))));
            return steps;
        }
        steps.add(new DateStep(START, Message.of(type == RemoteCareType.TEMPORARY ? "flow.remote-care.start.temporary"
                : "flow.remote-care.start"), FlowParts.quickDates(clock, "today", "tomorrow"),
                FlowParts.dateRule(d -> rules.validate(with(answers, START, d)), RemoteCareRequest.FIELD_START_DATE)));
        if (type == RemoteCareType.TEMPORARY) {
            steps.add(new DateStep(END, Message.of("flow.remote-care.end"), List.of(),
                    FlowParts.dateRule(d -> rules.validate(with(answers, END, d)), RemoteCareRequest.FIELD_END_DATE)));
        }
        if (type == RemoteCareType.REFERRAL) {
            steps.add(new ChoiceStep(HOSPITAL, Message.of("flow.remote-care.hospital"), FlowParts.hospitals(hospitals)));
        }
        steps.add(FlowParts.phoneStep("flow.phone"));
        steps.add(summary(answers, type));
        return steps;
    }

    private SummaryStep summary(Answers answers, RemoteCareType type) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(FlowParts.line("flow.remote-care.line.type", Message.of(type.nameKey())));
        lines.add(FlowParts.line("flow.remote-care.line.destination",
                FlowParts.text(answers.text(PROVINCE) + answers.text(CITY))));
        answers.get(START, LocalDate.class).ifPresent(d -> lines.add(FlowParts.line("flow.remote-care.line.start", FlowParts.date(d))));
        answers.get(END, LocalDate.class).ifPresent(d -> lines.add(FlowParts.line("flow.remote-care.line.end", FlowParts.date(d))));
        if (type == RemoteCareType.REFERRAL) {
            lines.add(FlowParts.line("flow.remote-care.line.hospital", FlowParts.hospitalName(hospitals, answers.text(HOSPITAL))));
        }
        lines.add(FlowParts.line("flow.line.phone", FlowParts.text(answers.text(FlowParts.PHONE))));
        List<Message> notes = new ArrayList<>();
        RemoteCareDecision decision = rules.assess(request(answers));
        notes.add(new Message(decision.key(), decision.args()));
        if (FlowParts.OTHER_HOSPITAL.equals(answers.text(HOSPITAL))) {
            notes.add(Message.of("flow.complete-at-window"));
        }
        decision.commitmentKey().ifPresent(k -> notes.add(Message.of(k, answers.text(PROVINCE), answers.text(CITY))));
        return new SummaryStep("summary", Message.of("flow.summary.question"), lines, notes,
                Message.of(decision.commitmentKey().isPresent() ? "flow.confirm.commit" : "flow.confirm"));
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        RemoteCareRequest request = request(answers);
        RemoteCareDecision decision = rules.assess(request);
        if (decision.outcome() != RemoteCareDecision.Outcome.READY_TO_FILE) {
            throw new IllegalStateException("remote-care filing is not ready: " + decision.outcome());
        }
        boolean otherHospital = FlowParts.OTHER_HOSPITAL.equals(answers.text(HOSPITAL));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", request.type().code());
        fields.put("province", answers.text(PROVINCE));
        fields.put("city", answers.text(CITY));
        fields.put("startDate", request.startDate().orElseThrow());
        request.endDate().ifPresent(d -> fields.put("endDate", d));
        fields.put("phone", request.phone());
        if (request.type() == RemoteCareType.REFERRAL) {
            fields.put("referringHospital", otherHospital ? null : answers.text(HOSPITAL));
        }
        decision.commitmentKey().ifPresent(k -> fields.put("commitmentConfirmed", k));
        if (otherHospital) {
            fields.put("completeAtWindow", List.of("referringHospital"));
        }
        FiledSubmission filed = filing.file(service().code(), resident, fields);
        return new FlowResult.Submitted(filed, List.of(new Message(decision.key(), decision.args()),
                Message.of("flow.remote-care.next")), otherHospital);
    }

    private Optional<Destination> destination(Answers answers) {
        return destinations.find(answers.text(PROVINCE), answers.text(CITY));
    }

    private RemoteCareRequest request(Answers answers) {
        RemoteCareType type = answers.get(TYPE, RemoteCareType.class).orElse(RemoteCareType.LONG_TERM_RESIDENCE);
        String hospital = answers.text(HOSPITAL);
        Optional<String> referring = hospital.isEmpty() ? Optional.empty()
                : Optional.of(FlowParts.OTHER_HOSPITAL.equals(hospital) ? "(window)" : hospital);
        return new RemoteCareRequest(type, destination(answers), answers.get(START, LocalDate.class),
                answers.get(END, LocalDate.class), answers.text(FlowParts.PHONE), referring);
    }

    /** The request as it would be with {@code date} put in for {@code step}: checks one date before it is kept. */
    private RemoteCareRequest with(Answers answers, String step, LocalDate date) {
        RemoteCareRequest r = request(answers);
        return START.equals(step)
                ? new RemoteCareRequest(r.type(), r.destination(), Optional.of(date), r.endDate(), r.phone(), r.referringHospital())
                : new RemoteCareRequest(r.type(), r.destination(), r.startDate(), Optional.of(date), r.phone(), r.referringHospital());
    }
}
