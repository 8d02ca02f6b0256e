package io.anxin.kiosk.service.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a 参保证明 states. The ID number only masked; the name from the card or e-voucher.
 * {@link #toString()} shows neither.
 *
 * @param insuranceType {@code employee} or {@code resident}
 * @param status        {@code active} or {@code suspended} (no certificate says "not insured")
 * @param dataAsOf      when the centre gave the data (now for live data)
 * @param live          the data came from the centre just now, not from the cached copy
 */
public record Certificate(Optional<String> name, String maskedId, String insuranceType, String status,
                          LocalDate insuredSince, String region, Instant dataAsOf, boolean live) {

    public Certificate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maskedId, "maskedId");
        Objects.requireNonNull(insuranceType, "insuranceType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(insuredSince, "insuredSince");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dataAsOf, "dataAsOf");
    }

    @Override
    public String toString() {
        return "Certificate[" + insuranceType + ", " + status + ", " + (live ? "live" : "cached " + dataAsOf) + "]";
    }
}
