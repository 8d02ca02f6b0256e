package io.anxin.kiosk.domain.catalog;

import java.util.Optional;

/** A calendar file entry: a public holiday (day off) or a make-up working day on a weekend (调休上班). */
public enum DayType {
    HOLIDAY("holiday"),
    WORKDAY("workday");

    private final String code;

    DayType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DayType> fromCode(String code) {
        for (DayType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
