package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.anxin.kiosk.domain.catalog.ServiceCatalog;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.domain.catalog.ServiceEntry;

/** {@code services.csv}: one row per service code, every code exactly once. */
final class ServicesCsv {

    static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "materials", "window", "enabled");
    private static final Pattern WINDOW = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    /** Materials are separated by ';' or the full-width '；'. */
    private static final Pattern MATERIAL_SEPARATOR = Pattern.compile("[;\\uFF1B]");

    private ServicesCsv() {
    }

    static Optional<ServiceCatalog> read(Path file, String label, Problems problems) {
        int before = problems.count();
        String codes = Arrays.stream(ServiceCode.values()).map(ServiceCode::code).collect(Collectors.joining(", "));
        Map<ServiceCode, Integer> seen = new EnumMap<>(ServiceCode.class);
        List<ServiceEntry> entries = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
                ServiceCode code = row.value("code", ServiceCode::fromCode, "one of " + codes);
                String nameZh = row.text("name_zh", "the Chinese name residents see");
                String nameEn = row.text("name_en", "the English name");
                List<String> materials = Arrays.stream(MATERIAL_SEPARATOR.split(row.raw("materials")))
                        .map(String::strip).filter(m -> !m.isEmpty()).toList();
                String window = row.value("window", v -> Optional.of(v).filter(w -> WINDOW.matcher(w).matches()),
                        "a window category such as general (lower-case letters, digits, '-')");
                Boolean enabled = row.bool("enabled");
                if (code != null && seen.containsKey(code)) {
                    row.problem("code", "'" + code.code() + "' appears twice (first on line " + seen.get(code) + ")");
                }
                if (row.ok()) {
                    seen.put(code, row.line());
                    entries.add(new ServiceEntry(code, nameZh, nameEn, materials, window, enabled));
                }
        });
        if (problems.count() == before) {
            for (ServiceCode code : ServiceCode.values()) {
                if (!seen.containsKey(code)) {
                    problems.add(label, 0, "service '" + code.code()
                            + "' is missing: list every service (set enabled to false to hide one)");
                }
            }
        }
        return problems.count() == before ? Optional.of(new ServiceCatalog(entries)) : Optional.empty();
    }
}
