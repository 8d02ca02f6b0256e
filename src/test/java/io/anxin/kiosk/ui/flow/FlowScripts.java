package io.anxin.kiosk.ui.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.anxin.kiosk.domain.RemoteCareType;
import io.anxin.kiosk.domain.catalog.InsuranceType;
import io.anxin.kiosk.domain.catalog.ServiceCode;

/**
 * Valid answers for every service and variant, by step id, as a resident would give them on
 * {@code today}. A value is a choice's value, a keyed text, or a LocalDate.
 */
public final class FlowScripts {

    /** One way through one service. */
    public record Script(String name, ServiceCode service, Map<String, Object> answers, int expectedSteps) {
    }

    private FlowScripts() {
    }

    /** @param today the harness clock's date (checks move the clock on) */
    public static List<Script> all(LocalDate today) {
        return List.of(
                new Script("remote-care-long-term", ServiceCode.REMOTE_CARE_FILING, Map.of("type", RemoteCareType.LONG_TERM_RESIDENCE,
                        "province", "江苏省", "city", "南京市", "start", today.plusDays(3), "phone", "13800138000"), 6),
                new Script("remote-care-temporary", ServiceCode.REMOTE_CARE_FILING, Map.of("type", RemoteCareType.TEMPORARY,
                        "province", "北京市", "city", "北京市", "start", today, "end", today.plusDays(14), "phone", "053188776655"), 7),
                new Script("remote-care-referral", ServiceCode.REMOTE_CARE_FILING, Map.of("type", RemoteCareType.REFERRAL,
                        "province", "北京市", "city", "北京市", "start", today.plusDays(1), "hospital", "齐鲁医院",
                        "phone", "13800138000"), 7),
                new Script("remote-care-no-filing", ServiceCode.REMOTE_CARE_FILING, Map.of("type", RemoteCareType.TEMPORARY,
                        "province", "山东省", "city", "青岛市"), 4),
                new Script("chronic-employee", ServiceCode.CHRONIC_FILING, Map.of("insurance", InsuranceType.EMPLOYEE,
                        "disease", "高血压", "phone", "13800138000"), 4),
                new Script("reimburse", ServiceCode.REIMBURSE_MANUAL, Map.of("hospital", "济南市中心医院",
                        "start", today.minusDays(20), "end", today.minusDays(12), "amount", "1234.50", "invoices", "3",
                        "bankCard", "6222021234567890128"), 7),
                new Script("enroll", ServiceCode.ENROLL_RESIDENT, Map.of("category", "elderly", "household", "local",
                        "phone", "13800138000"), 4),
                new Script("pay", ServiceCode.CONTRIBUTION_PAY, Map.of("category", "elderly"), 2),
                new Script("info-change-phone", ServiceCode.INFO_CHANGE, Map.of("what", "phone", "value", "13912345678"), 3));
    }

    /** Answers the current step from {@code script}; false when the step is the last one (summary or notice). */
    public static boolean answer(FlowViewModel model, Script script) {
        Step step = model.stepProperty().get();
        Object value = script.answers().get(step.id());
        if (step instanceof ChoiceStep c) {
            Choice choice = c.choices().stream().filter(x -> x.value().equals(value)).findFirst()
                    .orElseThrow(() -> new AssertionError(script.name() + ": no choice " + value + " at " + step.id()));
            model.choose(choice);
            return true;
        } else if (step instanceof NumberStep || step instanceof DateStep) {
            String keys = value instanceof LocalDate d ? d.toString().replace("-", "") : String.valueOf(value);
            keys.chars().forEach(ch -> model.key((char) ch));
            model.confirmEntry();
            if (model.errorProperty().get() != null) {
                throw new AssertionError(script.name() + ": " + step.id() + " refused " + value + ": " + model.errorProperty().get());
            }
            return true;
        }
        return false;
    }
}
