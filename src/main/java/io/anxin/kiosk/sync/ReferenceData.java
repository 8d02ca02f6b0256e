package io.anxin.kiosk.sync;

import java.util.Map;

/** GET /v1/reference-data: one catalog version, each dataset as its JSON text. Applied all or nothing. */
public record ReferenceData(long version, Map<String, String> datasetsJson) {

    public ReferenceData {
        datasetsJson = Map.copyOf(datasetsJson);
    }
}
