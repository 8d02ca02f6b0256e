package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.WorkingDayCalendar;
import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.DayType;

/**
 * {@code calendar.csv}: the public holidays and make-up working days of the official schedule.
 * A make-up working day must fall on a Saturday or Sunday; a date appears at most once.
 */
final class CalendarCsv {

    static final List<String> COLUMNS = List.of("date", "type", "name");

    private CalendarCsv() {
    }

    static Optional<List<CalendarDay>> read(Path file, String label, Problems problems) {
        int before = problems.count();
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
                LocalDate date = row.value("date", v -> Optional.of(LocalDate.parse(v)), "a date such as 2026-10-01");
                DayType type = row.value("type", DayType::fromCode, "holiday or workday");
                String name = row.text("name", "the holiday's name, such as 国庆节");
                if (date != null && type == DayType.WORKDAY && date.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                    row.problem("type", "'workday' is not valid on " + date + " (a "
                            + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + "): expected holiday (make-up working days fall on a Saturday or Sunday)");
                }
                if (date != null) {
                    Integer first = seen.putIfAbsent(date, row.line());
                    if (first != null) {
                        row.problem("date", "'" + date + "' appears twice (first on line " + first + ")");
                    }
                }
                if (row.ok()) {
                    days.add(new CalendarDay(date, type, name));
                }
        });
        if (problems.count() == before) {
            try {
                new WorkingDayCalendar(days);
            } catch (IllegalArgumentException e) {
                problems.add(label, 0, e.getMessage());
            }
        }
        return problems.count() == before ? Optional.of(days) : Optional.empty();
    }
}
