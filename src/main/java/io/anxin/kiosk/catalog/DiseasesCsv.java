package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.DiseaseCatalog;
import io.anxin.kiosk.domain.catalog.InsuranceType;
import io.anxin.kiosk.domain.catalog.ReviewRule;

/** {@code diseases.csv}: the chronic/special disease lists of both insurance types. */
final class DiseasesCsv {

    static final List<String> COLUMNS = List.of("name_zh", "name_en", "insurance_type", "rule", "note");

    private DiseasesCsv() {
    }

    static Optional<DiseaseCatalog> read(Path file, String label, Problems problems) {
        int before = problems.count();
        Map<String, Integer> seen = new HashMap<>();
        List<ChronicDisease> diseases = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
                String nameZh = row.text("name_zh", "the disease's Chinese name");
                String nameEn = row.text("name_en", "the disease's English name");
                InsuranceType type = row.value("insurance_type", InsuranceType::fromCode, "employee or resident");
                ReviewRule rule = type == null
                        ? row.value("rule", ReviewRule::fromCode, "centralised-assessment, same-day, immediate or monthly")
                        : row.value("rule", v -> ReviewRule.fromCode(v).filter(r -> r.insuranceType() == type),
                                rulesOf(type) + " (for " + type.code() + " insurance)");
                String note = row.text("note", "a plain-language sentence for the resident");
                if (nameZh != null && type != null) {
                    Integer first = seen.putIfAbsent(type.code() + "/" + nameZh, row.line());
                    if (first != null) {
                        row.problem("name_zh", "'" + nameZh + "' appears twice for " + type.code()
                                + " insurance (first on line " + first + ")");
                    }
                }
                if (row.ok()) {
                    diseases.add(new ChronicDisease(nameZh, nameEn, type, rule, note));
                }
        });
        if (problems.count() == before) {
            for (InsuranceType type : InsuranceType.values()) {
                if (diseases.stream().noneMatch(d -> d.insuranceType() == type)) {
                    problems.add(label, 0, "no diseases for " + type.code() + " insurance");
                }
            }
        }
        return problems.count() == before ? Optional.of(new DiseaseCatalog(diseases)) : Optional.empty();
    }

    private static String rulesOf(InsuranceType type) {
        return ReviewRule.forType(type).stream().map(ReviewRule::code).collect(Collectors.joining(" or "));
    }
}
