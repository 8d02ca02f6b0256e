package io.anxin.kiosk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * An 18-character resident ID number (居民身份证号码, GB 11643-1999), always valid and normalised
 * (upper-case {@code X}). Region codes are not checked. Immutable and thread-safe.
 *
 * <p>{@link #toString()} is {@link #masked()}, so an instance can go into a log line safely.
 */
public final class IdNumber {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Earliest birth year GB 11643 numbers use (century digits 18, 19, 20). */
    private static final int FIRST_YEAR = 1800;

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses with today's date from the system clock for the future-birth-date check. */
    public static IdNumber parse(String text) {
        return parse(text, LocalDate.now());
    }

    /**
     * Parses {@code text}: surrounding white space is trimmed and a lower-case {@code x} becomes
     * {@code X}.
     *
     * @throws IllegalArgumentException when it is not a valid number; the message says why in plain
     *                                  English (see {@link IdNumberCheck#message()})
     */
    public static IdNumber parse(String text, LocalDate today) {
        IdNumberCheck check = check(text, today);
        String normalized = check.normalized()
                .orElseThrow(() -> new IllegalArgumentException(check.message()));
        return new IdNumber(normalized, birthDateOf(normalized));
    }

    /** Checks with today's date from the system clock. */
    public static IdNumberCheck check(String text) {
        return check(text, LocalDate.now());
    }

    /** Checks {@code text} without throwing; the result names the first problem found. */
    public static IdNumberCheck check(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            return IdNumberCheck.failed(IdNumberProblem.LENGTH, -1, 0, '\0', '\0', "");
        }
        String s = text.strip();
        int length = s.length();
        if (length == 15 && allDigits(s, 15)) {
            return IdNumberCheck.failed(IdNumberProblem.OLD_15_DIGIT, length, 0, '\0', '\0', "");
        }
        if (length != LENGTH) {
            return IdNumberCheck.failed(IdNumberProblem.LENGTH, length, 0, '\0', '\0', "");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return IdNumberCheck.failed(IdNumberProblem.NOT_A_DIGIT, length, i + 1, '\0', '\0', "");
            }
        }
        char last = Character.toUpperCase(s.charAt(LENGTH - 1));
        if (!isAsciiDigit(last) && last != 'X') {
            return IdNumberCheck.failed(IdNumberProblem.NOT_A_DIGIT, length, LENGTH, '\0', '\0', "");
        }
        String birthDigits = s.substring(6, 14);
        LocalDate birth = dateOrNull(birthDigits);
        if (birth == null) {
            return IdNumberCheck.failed(IdNumberProblem.IMPOSSIBLE_DATE, length, 0, '\0', '\0', birthDigits);
        }
        if (birth.isAfter(today)) {
            return IdNumberCheck.failed(IdNumberProblem.FUTURE_DATE, length, 0, '\0', '\0', birthDigits);
        }
        char expected = checkCharacter(s.substring(0, LENGTH - 1));
        if (expected != last) {
            return IdNumberCheck.failed(IdNumberProblem.CHECK_DIGIT, length, LENGTH, expected, last, "");
        }
        return IdNumberCheck.valid(s.substring(0, LENGTH - 1) + last);
    }

    /**
     * The check character (ISO 7064 MOD 11-2) for 17 digits, for a keypad that wants to tell the
     * resident what the last character must be. Empty unless the input is exactly 17 ASCII digits.
     */
    public static Optional<Character> expectedCheckCharacter(String first17Digits) {
        if (first17Digits == null || first17Digits.length() != LENGTH - 1 || !allDigits(first17Digits, LENGTH - 1)) {
            return Optional.empty();
        }
        return Optional.of(checkCharacter(first17Digits));
    }

    /** The normalised 18 characters. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** From the 17th digit: odd is male, even is female. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in completed years on {@code date}.
     *
     * @throws IllegalArgumentException when {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** First 6 characters, eight {@code *}, last 4: {@code 370102********4320}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static LocalDate birthDateOf(String normalized) {
        return Objects.requireNonNull(dateOrNull(normalized.substring(6, 14)));
    }

    private static LocalDate dateOrNull(String yyyymmdd) {
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        if (year < FIRST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
