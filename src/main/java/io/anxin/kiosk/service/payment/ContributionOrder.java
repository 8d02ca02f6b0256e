package io.anxin.kiosk.service.payment;

import java.math.BigDecimal;
import java.util.Objects;

import io.anxin.kiosk.domain.ResidentIdentity;

/**
 * One year's resident contribution to pay.
 *
 * @param categoryCode the resident category from resident-categories.csv
 * @param amount       in CNY, from the contribution table of the catalog (never typed by the resident)
 */
public record ContributionOrder(ResidentIdentity resident, String categoryCode, int year, BigDecimal amount) {
    public ContributionOrder {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }
}
