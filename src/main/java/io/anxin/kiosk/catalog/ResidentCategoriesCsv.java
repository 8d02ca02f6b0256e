package io.anxin.kiosk.catalog;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.anxin.kiosk.domain.catalog.ContributionTable;
import io.anxin.kiosk.domain.catalog.ResidentCategory;

/** {@code resident-categories.csv}: resident insurance categories and their contribution per insurance year. */
final class ResidentCategoriesCsv {

    static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "insurance_year", "contribution", "note");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,6}(?:\\.\\d{1,2})?");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");

    private ResidentCategoriesCsv() {
    }

    static Optional<ContributionTable> read(Path file, String label, Problems problems) {
        int before = problems.count();
        Map<String, Integer> seen = new HashMap<>();
        List<ResidentCategory> categories = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
                String code = row.value("code", v -> Optional.of(v).filter(c -> CODE.matcher(c).matches()),
                        "a code of lower-case letters, digits and '-', such as adult");
                String nameZh = row.text("name_zh", "the category's Chinese name");
                String nameEn = row.text("name_en", "the category's English name");
                Integer year = row.value("insurance_year", v -> Optional.of(v).filter(y -> YEAR.matcher(y).matches())
                        .map(Integer::valueOf), "the insurance year, such as 2026");
                BigDecimal amount = row.value("contribution", v -> Optional.of(v).filter(a -> AMOUNT.matcher(a).matches())
                        .map(BigDecimal::new), "an amount in yuan with at most 2 decimals, such as 400.00 (0 when fully subsidised)");
                String note = row.raw("note");
                if (code != null && year != null) {
                    Integer first = seen.putIfAbsent(code + "/" + year, row.line());
                    if (first != null) {
                        row.problem("code", "'" + code + "' appears twice for " + year + " (first on line " + first + ")");
                    }
                }
                if (row.ok()) {
                    categories.add(new ResidentCategory(code, nameZh, nameEn, year, amount, note));
                }
        });
        if (problems.count() == before && categories.isEmpty()) {
            problems.add(label, 0, "no categories: at least one row is needed");
        }
        return problems.count() == before ? Optional.of(new ContributionTable(categories)) : Optional.empty();
    }
}
