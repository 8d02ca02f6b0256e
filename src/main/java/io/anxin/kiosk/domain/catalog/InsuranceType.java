package io.anxin.kiosk.domain.catalog;

import java.util.Optional;

/** Which basic medical insurance a person is in. */
public enum InsuranceType {
    /** 职工基本医疗保险. */
    EMPLOYEE("employee"),
    /** 城乡居民基本医疗保险. */
    RESIDENT("resident");

    private final String code;

    InsuranceType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InsuranceType> fromCode(String code) {
        for (InsuranceType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
