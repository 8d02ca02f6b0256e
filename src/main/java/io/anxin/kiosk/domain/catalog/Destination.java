package io.anxin.kiosk.domain.catalog;

import java.util.Objects;

/**
 * A place of treatment for remote-care filing (one row of {@code destinations.csv}).
 *
 * @param homeProvince true inside the home province (Shandong), where temporary treatment needs no filing
 */
public record Destination(String province, String city, boolean homeProvince) {

    public Destination {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(city, "city");
    }
}
