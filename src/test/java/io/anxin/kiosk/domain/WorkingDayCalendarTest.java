package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.DayType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = FixtureCalendar.calendar();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-09-25, true",   // Friday
            "2026-09-26, false",  // Saturday
            "2026-09-27, true",   // Sunday, make-up working day
            "2026-09-30, true",   // Wednesday before the break
            "2026-10-01, false",  // holiday
            "2026-10-05, false",  // holiday on a Monday
            "2026-10-08, false",  // last holiday, a Thursday
            "2026-10-09, true",   // Friday after the break
            "2026-10-10, true",   // Saturday, make-up working day
            "2026-10-11, false",  // Sunday
            "2026-05-25, false",  // fixture holiday on a Monday
            "2028-01-01, false",  // Saturday in an uncovered year: weekend rule
            "2028-01-03, true",   // Monday in an uncovered year
    })
    void workingDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
            "2026-09-25, 2026-09-27",  // Friday -> make-up Sunday
            "2026-09-27, 2026-09-28",
            "2026-09-30, 2026-10-09",  // across the whole break
            "2026-10-03, 2026-10-09",  // from inside the break
            "2026-10-09, 2026-10-10",  // Friday -> make-up Saturday
            "2026-10-10, 2026-10-12",
            "2026-12-31, 2027-01-04",  // 元旦 on Friday, then the weekend
    })
    void nextWorkingDay(LocalDate date, LocalDate next) {
        assertThat(calendar.nextWorkingDay(date)).isEqualTo(next);
    }

    @ParameterizedTest(name = "on or after {0}: {1}")
    @CsvSource({
            "2026-10-04, 2026-10-09",
            "2026-09-27, 2026-09-27",
            "2026-07-25, 2026-07-27",
            "2026-06-25, 2026-06-25",
    })
    void movedToTheNextWorkingDayWhenNotOne(LocalDate date, LocalDate moved) {
        assertThat(calendar.onOrNextWorkingDay(date)).isEqualTo(moved);
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
            "2026-09-30,  1, 2026-10-09",  // day 1 is the first working day after submission
            "2026-09-30,  2, 2026-10-10",  // the make-up Saturday counts
            "2026-09-30,  3, 2026-10-12",
            "2026-10-03,  1, 2026-10-09",  // submitted on a holiday
            "2026-10-10,  1, 2026-10-12",  // submitted on a make-up Saturday: it is not day 1
            "2026-09-28, 20, 2026-11-02",  // 20 working days across the 国庆 week
            "2026-03-02, 20, 2026-03-30",  // plain weeks: 20 working days = 28 calendar days
            "2026-03-07, 20, 2026-04-03",  // submitted on a Saturday
            "2026-12-28,  4, 2027-01-04",  // across 元旦
    })
    void addWorkingDays(LocalDate submitted, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(submitted, n)).isEqualTo(expected);
    }

    @Test
    void addWorkingDaysNeedsAtLeastOne() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coverage() {
        assertThat(calendar.coveredYears()).containsExactlyInAnyOrder(2026, 2027);
        assertThat(calendar.covers(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(calendar.coversAll(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 30))).isTrue();
        assertThat(calendar.coversAll(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 30))).isFalse();
        assertThat(calendar.entry(LocalDate.of(2026, 10, 2))).map(CalendarDay::name).contains("国庆节");
        assertThat(WorkingDayCalendar.weekdaysOnly().isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
    }

    @Test
    void rejectsInconsistentCalendars() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(new CalendarDay(monday, DayType.WORKDAY, "x"))))
                .hasMessageContaining("not a Saturday or Sunday");
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(new CalendarDay(monday, DayType.HOLIDAY, "x"),
                new CalendarDay(monday, DayType.HOLIDAY, "y")))).hasMessageContaining("twice");
        List<CalendarDay> longBreak = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 7, 1); d.isBefore(LocalDate.of(2026, 7, 17)); d = d.plusDays(1)) {
            longBreak.add(new CalendarDay(d, DayType.HOLIDAY, "x"));
        }
        assertThatThrownBy(() -> new WorkingDayCalendar(longBreak)).hasMessageContaining("days off in a row");
    }
}
