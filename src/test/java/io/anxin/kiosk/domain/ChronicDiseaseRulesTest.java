package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.DayType;
import io.anxin.kiosk.domain.catalog.InsuranceType;
import io.anxin.kiosk.domain.catalog.ReviewRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChronicDiseaseRulesTest {

    private static final ChronicDisease HYPERTENSION_EMPLOYEE = new ChronicDisease("高血压", "Hypertension",
            InsuranceType.EMPLOYEE, ReviewRule.CENTRALISED_ASSESSMENT, "");
    private static final ChronicDisease HEART_FAILURE_EMPLOYEE = new ChronicDisease("慢性心力衰竭", "Chronic heart failure",
            InsuranceType.EMPLOYEE, ReviewRule.SAME_DAY, "");
    private static final ChronicDisease TUMOUR_RESIDENT = new ChronicDisease("恶性肿瘤", "Malignant tumour",
            InsuranceType.RESIDENT, ReviewRule.IMMEDIATE, "");
    private static final ChronicDisease DIABETES_RESIDENT = new ChronicDisease("糖尿病", "Diabetes",
            InsuranceType.RESIDENT, ReviewRule.MONTHLY, "");

    private final ChronicDiseaseRules rules = new ChronicDiseaseRules(FixtureCalendar.calendar(), 25);

    @ParameterizedTest(name = "{0} on {1}: {2} by {3}")
    @CsvSource({
            // employee, centralised assessment: 20 working days from the first working day after submission
            "centralised, 2026-09-28, CENTRALISED_ASSESSMENT, 2026-11-02",
            "centralised, 2026-03-02, CENTRALISED_ASSESSMENT, 2026-03-30",
            "centralised, 2026-10-03, CENTRALISED_ASSESSMENT, 2026-11-04",  // submitted on a holiday
            // employee, other diseases: the same day, even on a holiday (at the hospital)
            "same-day,    2026-10-03, SAME_DAY,               2026-10-03",
            "same-day,    2026-06-10, SAME_DAY,               2026-06-10",
            // resident, high-cost diseases: immediately
            "immediate,   2026-10-03, IMMEDIATE,              2026-10-03",
            "immediate,   2026-06-26, IMMEDIATE,              2026-06-26",
            // resident, other diseases: the monthly review
            "monthly,     2026-06-10, MONTHLY_REVIEW,         2026-06-25",  // before the review day
            "monthly,     2026-06-25, MONTHLY_REVIEW,         2026-06-25",  // on the review day
            "monthly,     2026-06-26, MONTHLY_REVIEW,         2026-07-27",  // after: next month's, 25 Jul is a Saturday
            "monthly,     2026-07-25, MONTHLY_REVIEW,         2026-07-27",  // on the nominal day, a Saturday
            "monthly,     2026-07-27, MONTHLY_REVIEW,         2026-07-27",  // on the moved day
            "monthly,     2026-07-28, MONTHLY_REVIEW,         2026-08-25",
            "monthly,     2026-05-25, MONTHLY_REVIEW,         2026-05-26",  // review day is a holiday
            "monthly,     2026-05-26, MONTHLY_REVIEW,         2026-05-26",
            "monthly,     2026-05-27, MONTHLY_REVIEW,         2026-06-25",
            "monthly,     2026-10-03, MONTHLY_REVIEW,         2026-10-26",  // 25 Oct is a Sunday
            "monthly,     2026-12-25, MONTHLY_REVIEW,         2026-12-25",
            "monthly,     2026-12-26, MONTHLY_REVIEW,         2027-01-25",  // December -> January
            "monthly,     2026-12-31, MONTHLY_REVIEW,         2027-01-25",
    })
    void expectedAnswer(String disease, LocalDate submitted, ChronicAnswerKind kind, LocalDate answerBy) {
        ChronicDisease d = switch (disease) {
            case "centralised" -> HYPERTENSION_EMPLOYEE;
            case "same-day" -> HEART_FAILURE_EMPLOYEE;
            case "immediate" -> TUMOUR_RESIDENT;
            default -> DIABETES_RESIDENT;
        };
        ChronicAnswer answer = rules.expectedAnswer(d, d.insuranceType(), submitted);
        assertThat(answer.kind()).isEqualTo(kind);
        assertThat(answer.answerBy()).isEqualTo(answerBy);
        assertThat(answer.submittedOn()).isEqualTo(submitted);
        assertThat(answer.approximate()).isFalse();
    }

    @Test
    void messagesCarryTheirArguments() {
        LocalDate monday = LocalDate.of(2026, 9, 28);
        ChronicAnswer central = rules.expectedAnswer(HYPERTENSION_EMPLOYEE, InsuranceType.EMPLOYEE, monday);
        assertThat(central.key()).isEqualTo(ChronicDiseaseRules.KEY_CENTRALISED);
        assertThat(central.args()).containsExactly(20, LocalDate.of(2026, 11, 2));
        ChronicAnswer monthly = rules.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, monday);
        assertThat(monthly.key()).isEqualTo(ChronicDiseaseRules.KEY_MONTHLY);
        assertThat(monthly.args()).containsExactly(LocalDate.of(2026, 10, 26));
        assertThat(rules.expectedAnswer(HEART_FAILURE_EMPLOYEE, InsuranceType.EMPLOYEE, monday).key())
                .isEqualTo(ChronicDiseaseRules.KEY_SAME_DAY);
        assertThat(rules.expectedAnswer(TUMOUR_RESIDENT, InsuranceType.RESIDENT, monday).key())
                .isEqualTo(ChronicDiseaseRules.KEY_IMMEDIATE);
    }

    @Test
    void datesBeyondTheCalendarAreApproximate() {
        ChronicAnswer lateDecember = rules.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, LocalDate.of(2027, 12, 28));
        assertThat(lateDecember.answerBy()).isEqualTo(LocalDate.of(2028, 1, 25));
        assertThat(lateDecember.approximate()).isTrue();
        assertThat(rules.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, LocalDate.of(2027, 12, 20)).approximate())
                .isFalse();
        assertThat(rules.expectedAnswer(HYPERTENSION_EMPLOYEE, InsuranceType.EMPLOYEE, LocalDate.of(2027, 12, 15)).approximate())
                .isTrue();
    }

    @Test
    void aReviewMovedIntoTheNextMonthStillTakesThatMonthsEarlyApplications() {
        // Review day 28; 28 Sep to 8 Oct off, so September's review is held on Fri 9 Oct.
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 28); !d.isAfter(LocalDate.of(2026, 10, 8)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayType.HOLIDAY, "x"));
        }
        ChronicDiseaseRules late = new ChronicDiseaseRules(new WorkingDayCalendar(days), 28);
        assertThat(late.reviewDate(java.time.YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(late.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, LocalDate.of(2026, 10, 3)).answerBy())
                .isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(late.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, LocalDate.of(2026, 10, 9)).answerBy())
                .isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(late.expectedAnswer(DIABETES_RESIDENT, InsuranceType.RESIDENT, LocalDate.of(2026, 10, 10)).answerBy())
                .isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void everyAnswerKeepsTheProvinceFloorOfOneReviewPerQuarter() {
        for (int reviewDay : new int[] {1, 25, 28}) {
            ChronicDiseaseRules r = new ChronicDiseaseRules(FixtureCalendar.calendar(), reviewDay);
            for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
                for (ChronicDisease disease : List.of(HYPERTENSION_EMPLOYEE, HEART_FAILURE_EMPLOYEE, TUMOUR_RESIDENT,
                        DIABETES_RESIDENT)) {
                    ChronicAnswer a = r.expectedAnswer(disease, disease.insuranceType(), d);
                    assertThat(a.answerBy()).isBetween(d, d.plus(ChronicDiseaseRules.PROVINCE_FLOOR));
                }
                // monthly review is at most a month and the longest break away
                assertThat(r.nextReviewOnOrAfter(d))
                        .isBefore(d.plusMonths(1).plusDays(WorkingDayCalendar.MAX_DAYS_OFF_IN_A_ROW + 1));
            }
        }
    }

    @Test
    void rejectsADiseaseFromTheOtherList() {
        assertThatThrownBy(() -> rules.expectedAnswer(DIABETES_RESIDENT, InsuranceType.EMPLOYEE, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reviewDayMustExistInEveryMonth() {
        WorkingDayCalendar calendar = FixtureCalendar.calendar();
        assertThatThrownBy(() -> new ChronicDiseaseRules(calendar, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChronicDiseaseRules(calendar, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChronicDiseaseRules(calendar, ChronicDiseaseRules.DEFAULT_REVIEW_DAY).reviewDay()).isEqualTo(25);
    }

    @Test
    void longPrescriptionsUpToThreeMonths() {
        assertThat(ChronicDiseaseRules.LONG_PRESCRIPTION_MAX_MONTHS).isEqualTo(3);
        assertThat(ChronicDiseaseRules.KEY_LONG_PRESCRIPTION).isEqualTo("rules.chronic.long-prescription");
    }

    @Test
    void catalogDiseasesNeedARuleOfTheirOwnType() {
        assertThatThrownBy(() -> new ChronicDisease("高血压", "Hypertension", InsuranceType.RESIDENT,
                ReviewRule.CENTRALISED_ASSESSMENT, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
