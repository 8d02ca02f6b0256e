package io.anxin.kiosk.service.query;

import java.util.Objects;

/**
 * The query services the resident screens use, built together by the composition root.
 *
 * @param terminalId this terminal's id: the fixed first part of acceptance numbers keyed on the progress keypad
 */
public record QueryServices(ResidentLookup lookup, ProgressQuery progress, CertificatePrinting certificates,
                            String terminalId) {
    public QueryServices {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(terminalId, "terminalId");
    }
}
