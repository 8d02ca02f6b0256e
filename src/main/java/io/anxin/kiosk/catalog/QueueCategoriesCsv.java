package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;

/**
 * {@code queue-categories.csv}: code, letter, name_zh, name_en, windows (numbers separated by
 * {@code ;}), priority (true for the 老年人优先窗口 category, exactly one).
 */
final class QueueCategoriesCsv {

    static final List<String> COLUMNS = List.of("code", "letter", "name_zh", "name_en", "windows", "priority");

    private QueueCategoriesCsv() {
    }

    static Optional<QueueCategories> read(Path file, String label, Problems problems) {
        int before = problems.count();
        List<QueueCategory> categories = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
            String code = row.value("code", v -> Optional.of(v).filter(c -> c.matches("[a-z][a-z0-9-]{0,31}")),
                    "a code of lower-case letters, digits and '-' such as general");
            Character letter = row.value("letter", v -> Optional.of(v).filter(l -> l.matches("[A-Z]")).map(l -> l.charAt(0)),
                    "one capital letter A to Z");
            String zh = row.text("name_zh", "the Chinese name shown on tickets");
            String en = row.text("name_en", "the English name");
            List<Integer> windows = row.value("windows", QueueCategoriesCsv::windows,
                    "window numbers from 1 to 99 separated by ';' such as 1;2");
            Boolean priority = row.bool("priority");
            if (row.ok()) {
                categories.add(new QueueCategory(code, letter, zh, en, windows, priority));
            }
        });
        if (problems.count() == before) {
            try {
                return Optional.of(new QueueCategories(categories));
            } catch (IllegalArgumentException e) {
                problems.add(label, 0, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Integer>> windows(String v) {
        List<Integer> windows = new ArrayList<>();
        for (String part : v.split(";")) {
            int w = Integer.parseInt(part.strip());
            if (w < 1 || w > 99 || windows.contains(w)) {
                return Optional.empty();
            }
            windows.add(w);
        }
        return windows.isEmpty() ? Optional.empty() : Optional.of(windows);
    }
}
