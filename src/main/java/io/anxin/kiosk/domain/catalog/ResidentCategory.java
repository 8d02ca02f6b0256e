package io.anxin.kiosk.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of {@code resident-categories.csv}: what a resident in a category pays for one
 * insurance year (the calendar year the cover is for; it is collected in the autumn before).
 *
 * @param contribution the individual contribution in CNY, scale 2, never negative (0.00 when fully subsidised)
 * @param note         a plain-language sentence (who belongs here, who subsidises)
 */
public record ResidentCategory(String code, String nameZh, String nameEn, int insuranceYear,
                               BigDecimal contribution, String note) {

    public ResidentCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(note, "note");
        if (contribution.signum() < 0) {
            throw new IllegalArgumentException("contribution must not be negative");
        }
        contribution = contribution.setScale(2);
    }
}
