package io.anxin.kiosk.domain.catalog;

import java.util.Objects;

/**
 * The service hall this kiosk stands in ({@code hall.properties}): printed on receipts and used by
 * the chronic-disease rules.
 *
 * @param residentReviewDay the day of month (1-28) resident chronic-disease applications are reviewed
 */
public record HallInfo(String name, String address, String phone, String openingHours, int residentReviewDay) {

    public HallInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(openingHours, "openingHours");
        if (residentReviewDay < 1 || residentReviewDay > 28) {
            throw new IllegalArgumentException("residentReviewDay must be 1-28, got " + residentReviewDay);
        }
    }
}
