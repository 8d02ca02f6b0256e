package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code services.csv}: how a service is named and what the resident brings.
 *
 * @param materials      what to bring to the window, in order; empty when nothing is needed
 * @param windowCategory the queue category of the window that finishes the service (e.g. {@code general})
 * @param enabled        false hides the service on this hall's kiosks
 */
public record ServiceEntry(ServiceCode code, String nameZh, String nameEn, List<String> materials,
                           String windowCategory, boolean enabled) {

    public ServiceEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        materials = List.copyOf(materials);
        Objects.requireNonNull(windowCategory, "windowCategory");
    }
}
