package io.anxin.kiosk.domain.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a chronic/special disease application is reviewed (Jinan's implementation of measure 4). */
public enum ReviewRule {
    /** Employee: 高血压, 糖尿病, 冠心病, 脑血管病后遗症; centralised assessment within 20 working days. */
    CENTRALISED_ASSESSMENT("centralised-assessment", InsuranceType.EMPLOYEE),
    /** Employee, every other disease: apply at the hospital any day, reviewed the same day. */
    SAME_DAY("same-day", InsuranceType.EMPLOYEE),
    /** Resident: 恶性肿瘤, 肾透析, 器官移植抗排异; handled immediately. */
    IMMEDIATE("immediate", InsuranceType.RESIDENT),
    /** Resident, every other disease: reviewed on the monthly review day. */
    MONTHLY("monthly", InsuranceType.RESIDENT);

    private final String code;
    private final InsuranceType insuranceType;

    ReviewRule(String code, InsuranceType insuranceType) {
        this.code = code;
        this.insuranceType = insuranceType;
    }

    public String code() {
        return code;
    }

    /** The only insurance type this rule applies to. */
    public InsuranceType insuranceType() {
        return insuranceType;
    }

    public static Optional<ReviewRule> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static List<ReviewRule> forType(InsuranceType type) {
        return Arrays.stream(values()).filter(r -> r.insuranceType == type).toList();
    }
}
