package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ContributionTable;
import io.anxin.kiosk.domain.catalog.ResidentCategory;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.payment.ContributionOrder;
import io.anxin.kiosk.service.payment.ContributionPayment;
import io.anxin.kiosk.service.payment.PaymentResult;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.flow.Answers;
import io.anxin.kiosk.ui.flow.FlowResult;
import io.anxin.kiosk.ui.flow.NoticeStep;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.flow.Step;
import io.anxin.kiosk.ui.flow.SummaryStep;

/**
 * 居民医保缴费: the category (the amount comes from the catalog, never keyed), then the read-back and
 * 去缴费. Paying goes through {@link ContributionPayment}, which commits the order before the
 * terminal charges; a fully subsidised category ends in a notice (nothing to pay).
 */
public final class ContributionFlow implements ServiceFlow {

    private final ContributionTable contributions;
    private final ContributionPayment payment;
    private final Clock clock;

    public ContributionFlow(ContributionTable contributions, ContributionPayment payment, Clock clock) {
        this.contributions = contributions;
        this.payment = payment;
        this.clock = clock;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.CONTRIBUTION_PAY;
    }

    @Override
    public String titleKey() {
        return "flow.pay.title";
    }

    @Override
    public Message submitting() {
        return Message.of("flow.pay.waiting");
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        int year = InsuranceYear.of(clock, contributions);
        List<Step> steps = new ArrayList<>();
        steps.add(EnrollFlow.categoryStep(contributions, clock, "flow.pay.category"));
        Optional<ResidentCategory> category = contributions.find(answers.text(EnrollFlow.CATEGORY), year);
        if (category.isPresent() && category.get().contribution().signum() == 0) {
            steps.add(new NoticeStep("nothing-to-pay", Message.of("flow.pay.nothing.question"),
                    List.of(Message.of("flow.pay.nothing", year))));
            return steps;
        }
        List<SummaryStep.SummaryLine> lines = new ArrayList<>();
        category.ifPresent(c -> {
            lines.add(FlowParts.line("flow.enroll.line.category", FlowParts.name(c.nameZh(), c.nameEn())));
            lines.add(FlowParts.line("flow.pay.line.amount", Message.of("flow.contribution.amount", year,
                    c.contribution().toPlainString())));
        });
        steps.add(new SummaryStep("summary", Message.of("flow.summary.question"), lines,
                List.of(Message.of("flow.pay.how"), Message.of("flow.pay.pin")), Message.of("flow.pay.confirm")));
        return steps;
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        int year = InsuranceYear.of(clock, contributions);
        ResidentCategory category = contributions.find(answers.text(EnrollFlow.CATEGORY), year).orElseThrow();
        PaymentResult result = payment.pay(new ContributionOrder(resident, category.code(), year, category.contribution()));
        return switch (result.status()) {
            case PAID -> new FlowResult.Submitted(result.filed().orElseThrow(),
                    List.of(Message.of("flow.pay.paid", year, category.contribution().toPlainString())), false);
            case UNCONFIRMED -> new FlowResult.Submitted(result.filed().orElseThrow(),
                    List.of(Message.of(result.messageKey())), true);
            case DECLINED -> new FlowResult.Refused(Message.of(result.messageKey()));
        };
    }
}
