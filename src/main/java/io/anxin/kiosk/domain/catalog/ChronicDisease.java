package io.anxin.kiosk.domain.catalog;

import java.util.Objects;

/**
 * One row of {@code diseases.csv}: an outpatient chronic/special disease (门诊慢特病) on one
 * insurance type's list.
 *
 * @param note a plain-language sentence for the resident (what to bring, where to go)
 */
public record ChronicDisease(String nameZh, String nameEn, InsuranceType insuranceType, ReviewRule rule, String note) {

    public ChronicDisease {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(insuranceType, "insuranceType");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(note, "note");
        if (rule.insuranceType() != insuranceType) {
            throw new IllegalArgumentException("rule " + rule.code() + " does not apply to " + insuranceType.code());
        }
    }
}
