package io.anxin.kiosk.domain.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every service of {@link ServiceCode}, exactly once, in catalog order. Immutable and thread-safe. */
public final class ServiceCatalog {

    private final List<ServiceEntry> entries;
    private final Map<ServiceCode, ServiceEntry> byCode;

    /** @throws IllegalArgumentException when a code is missing or repeated */
    public ServiceCatalog(List<ServiceEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<ServiceCode, ServiceEntry> map = new EnumMap<>(ServiceCode.class);
        for (ServiceEntry e : this.entries) {
            if (map.put(e.code(), e) != null) {
                throw new IllegalArgumentException("service " + e.code().code() + " appears twice");
            }
        }
        for (ServiceCode code : ServiceCode.values()) {
            if (!map.containsKey(code)) {
                throw new IllegalArgumentException("service " + code.code() + " is missing");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    public List<ServiceEntry> all() {
        return entries;
    }

    /** The enabled services, in catalog order: what the home screen offers. */
    public List<ServiceEntry> enabled() {
        return entries.stream().filter(ServiceEntry::enabled).toList();
    }

    public ServiceEntry get(ServiceCode code) {
        return byCode.get(code);
    }
}
