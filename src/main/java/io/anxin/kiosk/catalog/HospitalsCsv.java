package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.Hospital;
import io.anxin.kiosk.domain.catalog.HospitalCatalog;

/** {@code hospitals.csv}: designated hospitals residents choose from; a name appears once. */
final class HospitalsCsv {

    static final List<String> COLUMNS = List.of("name_zh", "name_en", "city");

    private HospitalsCsv() {
    }

    static Optional<HospitalCatalog> read(Path file, String label, Problems problems) {
        int before = problems.count();
        Map<String, Integer> seen = new HashMap<>();
        List<Hospital> hospitals = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
            String zh = row.text("name_zh", "the hospital's Chinese name such as 山东省立医院");
            String en = row.text("name_en", "the hospital's English name");
            String city = row.text("city", "a city name such as 济南市");
            if (zh != null) {
                Integer first = seen.putIfAbsent(zh, row.line());
                if (first != null) {
                    row.problem("name_zh", "'" + zh + "' appears twice (first on line " + first + ")");
                }
            }
            if (row.ok()) {
                hospitals.add(new Hospital(zh, en, city));
            }
        });
        if (problems.count() == before && hospitals.isEmpty()) {
            problems.add(label, 0, "expected at least one hospital");
        }
        return problems.count() == before ? Optional.of(new HospitalCatalog(hospitals)) : Optional.empty();
    }
}
