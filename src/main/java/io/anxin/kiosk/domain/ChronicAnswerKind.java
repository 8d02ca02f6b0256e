package io.anxin.kiosk.domain;

/** When a chronic/special disease application gets its answer. */
public enum ChronicAnswerKind {
    /** Employee, four common diseases: centralised assessment, answer within 20 working days. */
    CENTRALISED_ASSESSMENT,
    /** Employee, other diseases: apply at the hospital any day, reviewed the same day. */
    SAME_DAY,
    /** Resident, high-cost diseases: handled at once. */
    IMMEDIATE,
    /** Resident, other diseases: answered on the monthly review day. */
    MONTHLY_REVIEW
}
