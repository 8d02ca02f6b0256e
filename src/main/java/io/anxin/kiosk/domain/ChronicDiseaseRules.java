package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.InsuranceType;

/**
 * When an outpatient chronic/special disease (门诊慢特病) application is answered, from Jinan's
 * implementation of the province's measure 4 (specs/services.md):
 * <ul>
 * <li>employee, rule {@code centralised-assessment}: within {@value #ASSESSMENT_WORKING_DAYS} working
 *     days, counted from the first working day after the day of submission;</li>
 * <li>employee, rule {@code same-day}: at the hospital any day, reviewed that day;</li>
 * <li>resident, rule {@code immediate}: at once;</li>
 * <li>resident, rule {@code monthly}: on the review day of the month (moved to the next working day
 *     when it is not one); an application on or before a review day is answered that day, a later
 *     one on the next review day.</li>
 * </ul>
 * Which disease follows which rule is catalog data ({@code diseases.csv}), so a policy change needs no build.
 *
 * <p>Province floor (鲁医保发〔2021〕1号 measure 4): every disease is reviewed at least once a
 * quarter. Monthly review satisfies it by construction: the next review day is at most one month
 * plus the longest run of days off ({@link WorkingDayCalendar#MAX_DAYS_OFF_IN_A_ROW}) away, and 20
 * working days are far less than a quarter. {@link #expectedAnswer} still checks every answer
 * against {@link #PROVINCE_FLOOR} and fails loudly rather than promise a date the rules forbid.
 * Immutable and thread-safe.
 */
public final class ChronicDiseaseRules {

    public static final int ASSESSMENT_WORKING_DAYS = 20;
    public static final int DEFAULT_REVIEW_DAY = 25;
    /** The longest an application may wait for its answer. */
    public static final Period PROVINCE_FLOOR = Period.ofMonths(3);
    /** Chronic patients may get prescriptions for up to this many months at a time (measure 10). */
    public static final int LONG_PRESCRIPTION_MAX_MONTHS = 3;

    public static final String KEY_CENTRALISED = "rules.chronic.answer.centralised-assessment";
    public static final String KEY_SAME_DAY = "rules.chronic.answer.same-day";
    public static final String KEY_IMMEDIATE = "rules.chronic.answer.immediate";
    public static final String KEY_MONTHLY = "rules.chronic.answer.monthly-review";
    /** Added after an answer whose date may move because the holiday schedule is not out yet. */
    public static final String KEY_APPROXIMATE = "rules.chronic.answer.approximate";
    /** Arg 0: {@link #LONG_PRESCRIPTION_MAX_MONTHS}. For approval screens and policy articles. */
    public static final String KEY_LONG_PRESCRIPTION = "rules.chronic.long-prescription";

    private final WorkingDayCalendar calendar;
    private final int reviewDay;

    /** @param reviewDay the day of month resident applications are reviewed, 1-28 (hall.properties) */
    public ChronicDiseaseRules(WorkingDayCalendar calendar, int reviewDay) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (reviewDay < 1 || reviewDay > 28) {
            throw new IllegalArgumentException("review day must be 1-28, got " + reviewDay);
        }
        this.reviewDay = reviewDay;
    }

    /**
     * The answer a resident in {@code insuranceType} gets for {@code disease} when applying on {@code submittedOn}.
     *
     * @throws IllegalArgumentException when the disease is not on {@code insuranceType}'s list
     */
    public ChronicAnswer expectedAnswer(ChronicDisease disease, InsuranceType insuranceType, LocalDate submittedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        if (disease.insuranceType() != insuranceType) {
            throw new IllegalArgumentException(disease.nameEn() + " is not on the " + insuranceType.code() + " list");
        }
        ChronicAnswer answer = switch (disease.rule()) {
            case CENTRALISED_ASSESSMENT -> {
                LocalDate due = calendar.addWorkingDays(submittedOn, ASSESSMENT_WORKING_DAYS);
                yield new ChronicAnswer(ChronicAnswerKind.CENTRALISED_ASSESSMENT, submittedOn, due,
                        !calendar.coversAll(submittedOn, due), KEY_CENTRALISED, List.of(ASSESSMENT_WORKING_DAYS, due));
            }
            case SAME_DAY -> new ChronicAnswer(ChronicAnswerKind.SAME_DAY, submittedOn, submittedOn, false,
                    KEY_SAME_DAY, List.of());
            case IMMEDIATE -> new ChronicAnswer(ChronicAnswerKind.IMMEDIATE, submittedOn, submittedOn, false,
                    KEY_IMMEDIATE, List.of());
            case MONTHLY -> {
                LocalDate review = nextReviewOnOrAfter(submittedOn);
                yield new ChronicAnswer(ChronicAnswerKind.MONTHLY_REVIEW, submittedOn, review,
                        !calendar.coversAll(submittedOn, review), KEY_MONTHLY, List.of(review));
            }
        };
        if (answer.answerBy().isAfter(submittedOn.plus(PROVINCE_FLOOR))) {
            throw new IllegalStateException("answer on " + answer.answerBy() + " for an application on " + submittedOn
                    + " breaks the province floor of one review per quarter");
        }
        return answer;
    }

    /** The monthly review of {@code month}: the review day, moved to the next working day when it is not one. */
    public LocalDate reviewDate(YearMonth month) {
        return calendar.onOrNextWorkingDay(month.atDay(reviewDay));
    }

    /**
     * The first review held on or after {@code date}. Last month's review is considered too, in case
     * holidays moved it into this month.
     */
    public LocalDate nextReviewOnOrAfter(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        for (YearMonth m : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
            LocalDate review = reviewDate(m);
            if (!review.isBefore(date)) {
                return review;
            }
        }
        throw new IllegalStateException("no review within a month of " + date);
    }

    public int reviewDay() {
        return reviewDay;
    }
}
