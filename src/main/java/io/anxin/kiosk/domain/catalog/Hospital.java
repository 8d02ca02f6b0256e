package io.anxin.kiosk.domain.catalog;

import java.util.Objects;

/**
 * One row of {@code hospitals.csv}: a designated hospital a resident can pick instead of typing its
 * name (referring hospital of a remote-care referral, hospital of a manual reimbursement).
 *
 * @param city the city it is in, e.g. 济南市
 */
public record Hospital(String nameZh, String nameEn, String city) {
    public Hospital {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(city, "city");
    }
}
