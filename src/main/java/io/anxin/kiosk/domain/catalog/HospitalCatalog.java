package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The hospitals a resident can choose, in catalog order. Immutable and thread-safe. */
public record HospitalCatalog(List<Hospital> all) {

    public HospitalCatalog {
        all = List.copyOf(all);
    }

    public Optional<Hospital> find(String nameZh) {
        return all.stream().filter(h -> h.nameZh().equals(nameZh)).findFirst();
    }
}
