package io.anxin.kiosk.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Resident categories and their contributions per insurance year. A lookup for a year the
 * catalog does not have is empty: the kiosk must not guess an amount. Immutable and thread-safe.
 */
public record ContributionTable(List<ResidentCategory> all) {

    public ContributionTable {
        all = List.copyOf(all);
    }

    /** The categories a resident can choose for {@code insuranceYear}, in catalog order. */
    public List<ResidentCategory> categories(int insuranceYear) {
        return all.stream().filter(c -> c.insuranceYear() == insuranceYear).toList();
    }

    public Optional<ResidentCategory> find(String code, int insuranceYear) {
        return all.stream().filter(c -> c.code().equals(code) && c.insuranceYear() == insuranceYear).findFirst();
    }

    /** The amount to pay in CNY (scale 2), or empty when the catalog has no such category for that year. */
    public Optional<BigDecimal> amountFor(String code, int insuranceYear) {
        return find(code, insuranceYear).map(ResidentCategory::contribution);
    }
}
