package io.anxin.kiosk.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * POST /v1/evoucher/resolve: whom a scanned e-voucher belongs to. {@code idNumber} is as the server
 * sent it (the service layer parses it); {@link #toString()} shows neither the number nor the name.
 */
public record EvoucherAnswer(String idNumber, String name, String insuranceType, Optional<String> expiresAt) {

    public EvoucherAnswer {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(insuranceType, "insuranceType");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "EvoucherAnswer[" + insuranceType + "]";
    }
}
