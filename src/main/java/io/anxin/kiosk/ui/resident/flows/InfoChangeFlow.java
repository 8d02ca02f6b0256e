package io.anxin.kiosk.ui.resident.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.anxin.kiosk.domain.BankCardNumbers;
import io.anxin.kiosk.domain.ReimbursementRules;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.flow.Answers;
import io.anxin.kiosk.ui.flow.Choice;
import io.anxin.kiosk.ui.flow.ChoiceStep;
import io.anxin.kiosk.ui.flow.FlowResult;
import io.anxin.kiosk.ui.flow.NumberKind;
import io.anxin.kiosk.ui.flow.NumberStep;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.flow.Step;
import io.anxin.kiosk.ui.flow.SummaryStep;

/**
 * 参保信息变更: what to change (phone, bank card, address), the new value on the keypad, and the
 * read-back. The kiosk does not hold the old value: the filing records the old value as "on file at
 * the centre", which replaces it after its own check. An address cannot be keyed on digits: it is
 * filed as "请到窗口补充". A keyed (unverified) ID number cannot change anything.
 */
public final class InfoChangeFlow implements ServiceFlow {

    private static final String WHAT = "what";
    private static final String VALUE = "value";
    private static final String PHONE = "phone";
    private static final String BANK_CARD = "bank-card";
    private static final String ADDRESS = "address";

    private final FileSubmission filing;

    public InfoChangeFlow(FileSubmission filing) {
        this.filing = filing;
    }

    @Override
    public ServiceCode service() {
        return ServiceCode.INFO_CHANGE;
    }

    @Override
    public String titleKey() {
        return "flow.info-change.title";
    }

    @Override
    public boolean allowsKeyedId() {
        return false;
    }

    @Override
    public List<Step> plan(Answers answers, ResidentIdentity resident) {
        List<Step> steps = new ArrayList<>();
        steps.add(new ChoiceStep(WHAT, Message.of("flow.info-change.what"), List.of(PHONE, BANK_CARD, ADDRESS).stream()
                .map(w -> new Choice(w, Message.of("flow.info-change.what." + w))).toList()));
        String what = answers.text(WHAT);
        if (PHONE.equals(what)) {
            NumberStep phone = FlowParts.phoneStep("flow.info-change.new-phone");
            steps.add(new NumberStep(VALUE, phone.question(), NumberKind.PHONE, phone.check()));
        } else if (BANK_CARD.equals(what)) {
            steps.add(new NumberStep(VALUE, Message.of("flow.info-change.new-bank-card"), NumberKind.BANK_CARD,
                    keyed -> BankCardNumbers.check(keyed).map(p -> Message.of(switch (p) {
                        case MISSING -> ReimbursementRules.KEY_BANK_CARD_MISSING;
                        case NOT_DIGITS -> ReimbursementRules.KEY_BANK_CARD_NOT_DIGITS;
                        case LENGTH -> ReimbursementRules.KEY_BANK_CARD_LENGTH;
                        case CHECK_DIGIT -> ReimbursementRules.KEY_BANK_CARD_CHECK_DIGIT;
                    }))));
        }
        List<SummaryStep.SummaryLine> lines = new ArrayList<>();
        if (!what.isEmpty()) {
            lines.add(FlowParts.line("flow.info-change.line.what", Message.of("flow.info-change.what." + what)));
            lines.add(FlowParts.line("flow.info-change.line.old", Message.of("flow.info-change.old")));
            lines.add(FlowParts.line("flow.info-change.line.new", newValue(what, answers.text(VALUE))));
        }
        List<Message> notes = ADDRESS.equals(what) ? List.of(Message.of("flow.info-change.address"))
                : List.of(Message.of("flow.info-change.note"));
        steps.add(new SummaryStep("summary", Message.of("flow.summary.question"), lines, notes, Message.of("flow.confirm")));
        return steps;
    }

    private static Message newValue(String what, String keyed) {
        if (ADDRESS.equals(what)) {
            return Message.of("flow.complete-at-window.short");
        }
        return BANK_CARD.equals(what) ? FlowParts.maskedCard(keyed) : FlowParts.text(keyed);
    }

    @Override
    public FlowResult submit(Answers answers, ResidentIdentity resident) {
        String what = answers.text(WHAT);
        boolean address = ADDRESS.equals(what);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("field", what);
        fields.put("oldValue", null);
        fields.put("oldValueSource", "centre-record");
        fields.put("newValue", address ? null : answers.text(VALUE));
        if (address) {
            fields.put("completeAtWindow", List.of("newValue"));
        }
        FiledSubmission filed = filing.file(service().code(), resident, fields);
        return new FlowResult.Submitted(filed, List.of(Message.of(address ? "flow.info-change.next.address"
                : "flow.info-change.next")), address);
    }
}
