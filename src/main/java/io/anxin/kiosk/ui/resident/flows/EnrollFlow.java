package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ContributionTable;
import io.anxin.kiosk.domain.catalog.ResidentCategory;
import io.anxin.kiosk.domain.catalog.ServiceCatalog;
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
 * 居民医保参保登记: resident category (with this year's contribution from the catalog), household,
 * phone, then the read-back showing what the contribution will be.
 */
public final class EnrollFlow implements ServiceFlow {

    static final String CATEGORY = "category";
    private static final String HOUSEHOLD = "household";
    private static final List<String> HOUSEHOLDS = List.of("local", "residence-permit", "student");

    private final ContributionTable contributions;
    private final ServiceCatalog services;
    private final FileSubmission filing;
    private final Clock clock;

    public EnrollFlow(ContributionTable contributions, ServiceCatalog services, FileSubmission filing, Clock clock) {
        this.contributions = contributions;
        this.services = services;
        this.filing = filing;
        this.clock = clock;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.ENROLL_RESIDENT;
    }

    @Override
    public String titleKey() {
        return "flow.enroll.title";
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        int year = InsuranceYear.of(clock, contributions);
        List<Step> steps = new ArrayList<>();
        steps.add(categoryStep(contributions, clock, "flow.enroll.category"));
        steps.add(new ChoiceStep(HOUSEHOLD, Message.of("flow.enroll.household"),
                HOUSEHOLDS.stream().map(h -> new Choice(h, Message.of("flow.enroll.household." + h))).toList()));
        steps.add(FlowParts.phoneStep("flow.phone"));
        List<SummaryStep.SummaryLine> lines = new ArrayList<>();
        Optional<ResidentCategory> category = contributions.find(answers.text(CATEGORY), year);
        category.ifPresent(c -> {
            lines.add(FlowParts.line("flow.enroll.line.category", FlowParts.name(c.nameZh(), c.nameEn())));
            lines.add(FlowParts.line("flow.enroll.line.contribution", Message.of("flow.contribution.amount", year,
                    c.contribution().toPlainString())));
        });
        if (answers.has(HOUSEHOLD)) {
            lines.add(FlowParts.line("flow.enroll.line.household", Message.of("flow.enroll.household." + answers.text(HOUSEHOLD))));
        }
        lines.add(FlowParts.line("flow.line.phone", FlowParts.text(answers.text(FlowParts.PHONE))));
        List<Message> notes = List.of(Message.of("flow.enroll.note"),
                Message.of("flow.materials", String.join("、", services.get(service()).materials())));
        steps.add(new SummaryStep("summary", Message.of("flow.summary.question"), lines, notes, Message.of("flow.confirm")));
        return steps;
    }

    /** The category question, shared with payment: each category with its contribution. */
    static ChoiceStep categoryStep(ContributionTable table, Clock clock, String questionKey) {
        int year = InsuranceYear.of(clock, table);
        List<Choice> choices = table.categories(year).stream()
                .map(c -> new Choice(c.code(), Message.of("flow.category.choice", c.nameZh(), c.nameEn(),
                        yuan(c.contribution()))))
                .toList();
        return new ChoiceStep(CATEGORY, Message.of(questionKey, year), Message.of("flow.category.hint"), choices);
    }

    /** 400.00 is read and shown as 400, 120.50 stays as it is. */
    static String yuan(java.math.BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0).toPlainString() : amount.toPlainString();
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        int year = InsuranceYear.of(clock, contributions);
        ResidentCategory category = contributions.find(answers.text(CATEGORY), year).orElseThrow();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", category.code());
        fields.put("insuranceYear", year);
        fields.put("contribution", category.contribution().toPlainString());
        fields.put("household", answers.text(HOUSEHOLD));
        fields.put("phone", answers.text(FlowParts.PHONE));
        FiledSubmission filed = filing.file(service().code(), resident, fields);
        return new FlowResult.Submitted(filed, List.of(Message.of("flow.enroll.next", year)), false);
    }
}
