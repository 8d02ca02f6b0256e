package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.Destination;
import io.anxin.kiosk.domain.catalog.DestinationCatalog;

/**
 * {@code destinations.csv}: places of treatment (province, city). Every row of a province has the
 * same {@code home_province} flag, and exactly one province is the home province.
 */
final class DestinationsCsv {

    static final List<String> COLUMNS = List.of("province", "city", "home_province");

    private DestinationsCsv() {
    }

    static Optional<DestinationCatalog> read(Path file, String label, Problems problems) {
        int before = problems.count();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> flagOf = new HashMap<>();
        Map<String, Integer> flagLine = new HashMap<>();
        List<Destination> destinations = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
                String province = row.text("province", "a province name such as 山东省");
                String city = row.text("city", "a city name such as 济南市");
                Boolean home = row.bool("home_province");
                if (province != null && home != null) {
                    Boolean earlier = flagOf.putIfAbsent(province, home);
                    flagLine.putIfAbsent(province, row.line());
                    if (earlier != null && !earlier.equals(home)) {
                        row.problem("home_province", "'" + home + "' is not valid: expected " + earlier
                                + " like the other rows of " + province + " (line " + flagLine.get(province) + ")");
                    }
                }
                if (province != null && city != null) {
                    Integer first = seen.putIfAbsent(province + "/" + city, row.line());
                    if (first != null) {
                        row.problem("city", "'" + city + "' appears twice in " + province + " (first on line " + first + ")");
                    }
                }
                if (row.ok()) {
                    destinations.add(new Destination(province, city, home));
                }
        });
        if (problems.count() == before) {
            long homes = flagOf.values().stream().filter(Boolean::booleanValue).count();
            if (homes != 1) {
                problems.add(label, 0, "expected exactly one home province (home_province=true), found " + homes);
            }
        }
        return problems.count() == before ? Optional.of(new DestinationCatalog(destinations)) : Optional.empty();
    }
}
