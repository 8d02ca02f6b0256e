package io.anxin.kiosk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.DayType;

/**
 * Working days of the service hall: Monday to Friday, except public holidays, plus the weekend
 * make-up working days (调休上班) of the official schedule. Dates in years the calendar file does not
 * cover follow the plain weekend rule; {@link #covers(LocalDate)} tells a screen to say "about".
 * Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The longest run of days off a calendar may have; the Spring Festival week is 9. */
    public static final int MAX_DAYS_OFF_IN_A_ROW = 14;

    private final Map<LocalDate, CalendarDay> entries;
    private final Set<Integer> coveredYears;

    /**
     * @throws IllegalArgumentException when a date appears twice, a make-up working day is not a
     *                                  Saturday or Sunday, or more than {@value #MAX_DAYS_OFF_IN_A_ROW}
     *                                  days in a row are off
     */
    public WorkingDayCalendar(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (CalendarDay day : days) {
            if (map.put(day.date(), day) != null) {
                throw new IllegalArgumentException(day.date() + " appears twice");
            }
            if (day.type() == DayType.WORKDAY && !isWeekend(day.date())) {
                throw new IllegalArgumentException(day.date() + " is a make-up working day but not a Saturday or Sunday");
            }
            years.add(day.date().getYear());
        }
        this.entries = Map.copyOf(map);
        this.coveredYears = Set.copyOf(years);
        checkLongestBreak();
    }

    /** A calendar without holidays: Monday to Friday. For tests and as a last resort. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = entries.get(date);
        if (entry != null) {
            return entry.type() == DayType.WORKDAY;
        }
        return !isWeekend(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code date} when it is a working day, otherwise the next working day ("moved to the next working day"). */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The {@code n}th working day after {@code submittedOn}: the first working day after the day of
     * submission is day 1, whether or not the submission day itself is a working day.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public LocalDate addWorkingDays(LocalDate submittedOn, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        LocalDate d = submittedOn;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Whether the calendar file lists holidays for {@code date}'s year; outside it only weekends count. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** True when every day from {@code from} to {@code to} (inclusive) is in a covered year. */
    public boolean coversAll(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!coveredYears.contains(y)) {
                return false;
            }
        }
        return true;
    }

    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    /** The calendar file's entry for {@code date}, if any (e.g. to name the holiday). */
    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    private void checkLongestBreak() {
        for (int year : coveredYears) {
            LocalDate d = LocalDate.of(year, 1, 1);
            int run = 0;
            while (d.getYear() == year) {
                run = isWorkingDay(d) ? 0 : run + 1;
                if (run > MAX_DAYS_OFF_IN_A_ROW) {
                    throw new IllegalArgumentException("more than " + MAX_DAYS_OFF_IN_A_ROW
                            + " days off in a row up to " + d);
                }
                d = d.plusDays(1);
            }
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
