package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Objects;

/** Everything the kiosk reads from the catalog files of {@code kiosk-config/}, all validated. */
public record Catalogs(ServiceCatalog services, DiseaseCatalog diseases, DestinationCatalog destinations,
                       ContributionTable contributions, List<CalendarDay> calendar, HallInfo hall,
                       PolicyLibrary policy, HospitalCatalog hospitals) {

    public Catalogs {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(diseases, "diseases");
        Objects.requireNonNull(destinations, "destinations");
        Objects.requireNonNull(contributions, "contributions");
        calendar = List.copyOf(calendar);
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(hospitals, "hospitals");
    }
}
