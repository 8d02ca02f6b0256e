package io.anxin.kiosk.domain.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The places of treatment a resident can choose, in catalog order. Immutable and thread-safe. */
public record DestinationCatalog(List<Destination> all) {

    public DestinationCatalog {
        all = List.copyOf(all);
    }

    /** Provinces in catalog order (the home province first when the file lists it first). */
    public List<String> provinces() {
        return List.copyOf(new LinkedHashSet<>(all.stream().map(Destination::province).toList()));
    }

    public List<Destination> citiesOf(String province) {
        return all.stream().filter(d -> d.province().equals(province)).toList();
    }

    public Optional<Destination> find(String province, String city) {
        return all.stream().filter(d -> d.province().equals(province) && d.city().equals(city)).findFirst();
    }

    public boolean contains(Destination destination) {
        return all.contains(destination);
    }
}
