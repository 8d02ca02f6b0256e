package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The chronic/special disease lists of both insurance types, in catalog order. Immutable and thread-safe. */
public record DiseaseCatalog(List<ChronicDisease> all) {

    public DiseaseCatalog {
        all = List.copyOf(all);
    }

    /** The list a person in {@code type} chooses from. */
    public List<ChronicDisease> forType(InsuranceType type) {
        return all.stream().filter(d -> d.insuranceType() == type).toList();
    }

    public Optional<ChronicDisease> find(InsuranceType type, String nameZh) {
        return all.stream().filter(d -> d.insuranceType() == type && d.nameZh().equals(nameZh)).findFirst();
    }
}
