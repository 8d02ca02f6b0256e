package io.anxin.kiosk.domain.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** One row of the working-day calendar: a date that differs from the Monday-to-Friday pattern. */
public record CalendarDay(LocalDate date, DayType type, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
