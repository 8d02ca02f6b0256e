package io.anxin.kiosk.domain.catalog;

import java.util.Optional;

/** The services of specs/services.md, by their stable code (used in catalogs, submissions and the outbox). */
public enum ServiceCode {
    REMOTE_CARE_FILING("remote-care.filing"),
    CHRONIC_FILING("chronic.filing"),
    REIMBURSE_MANUAL("reimburse.manual"),
    ENROLL_RESIDENT("enroll.resident"),
    CONTRIBUTION_PAY("contribution.pay"),
    INFO_CHANGE("info.change"),
    QUERY_ACCOUNT("query.account"),
    QUERY_PROGRESS("query.progress"),
    PRINT_CERTIFICATE("print.certificate"),
    POLICY_ASK("policy.ask");

    private final String code;

    ServiceCode(String code) {
        this.code = code;
    }

    /** The code as written in catalogs, e.g. {@code remote-care.filing}. */
    public String code() {
        return code;
    }

    public static Optional<ServiceCode> fromCode(String code) {
        for (ServiceCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
