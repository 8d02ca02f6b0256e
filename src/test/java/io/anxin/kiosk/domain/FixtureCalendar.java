package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.DayType;

/**
 * A test calendar, deliberately not the production file: an eight-day 国庆-style break
 * (Thu 2026-10-01 to Thu 2026-10-08) with make-up working days on Sun 2026-09-27 and Sat 2026-10-10,
 * a fictional holiday on the review day Mon 2026-05-25, and 元旦 2027 on Fri 2027-01-01.
 * Covers 2026 and 2027.
 */
final class FixtureCalendar {

    private FixtureCalendar() {
    }

    static List<CalendarDay> days() {
        List<CalendarDay> days = new ArrayList<>();
        days.add(new CalendarDay(LocalDate.of(2026, 9, 27), DayType.WORKDAY, "国庆节调休上班"));
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 8)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayType.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayType.WORKDAY, "国庆节调休上班"));
        days.add(new CalendarDay(LocalDate.of(2026, 5, 25), DayType.HOLIDAY, "测试假日"));
        days.add(new CalendarDay(LocalDate.of(2027, 1, 1), DayType.HOLIDAY, "元旦"));
        return days;
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(days());
    }
}
