package io.anxin.kiosk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link IdNumber#check(String, java.time.LocalDate)}: either a normalised valid
 * number or one problem with the details a screen needs to word it in any language.
 *
 * <p>The details hold no personal data except {@link #birthDigits()}, which repeats digits 7-14 of
 * the input for the date problems; do not log it.
 *
 * @param normalized  the trimmed, upper-cased number when valid, otherwise empty
 * @param problem     the first problem found, empty when valid
 * @param length      the trimmed input's length ({@code -1} for null)
 * @param position    1-based position of the offending character for {@link IdNumberProblem#NOT_A_DIGIT}
 *                    and {@link IdNumberProblem#CHECK_DIGIT}, otherwise 0
 * @param expectedCheck the correct check character for {@link IdNumberProblem#CHECK_DIGIT}, otherwise 0
 * @param actualCheck   the check character found for {@link IdNumberProblem#CHECK_DIGIT}, otherwise 0
 * @param birthDigits   digits 7-14 for the date problems, otherwise empty
 */
public record IdNumberCheck(Optional<String> normalized, Optional<IdNumberProblem> problem, int length,
                            int position, char expectedCheck, char actualCheck, String birthDigits) {

    public IdNumberCheck {
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(birthDigits, "birthDigits");
        if (normalized.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("exactly one of normalized and problem must be present");
        }
    }

    static IdNumberCheck valid(String normalized) {
        return new IdNumberCheck(Optional.of(normalized), Optional.empty(), normalized.length(), 0, '\0', '\0', "");
    }

    static IdNumberCheck failed(IdNumberProblem problem, int length, int position, char expected, char actual,
                                String birthDigits) {
        return new IdNumberCheck(Optional.empty(), Optional.of(problem), length, position, expected, actual,
                birthDigits);
    }

    public boolean isValid() {
        return problem.isEmpty();
    }

    /** Plain English words a clerk can read out; empty string when valid. */
    public String message() {
        if (problem.isEmpty()) {
            return "";
        }
        return switch (problem.get()) {
            case LENGTH -> length < 0 ? "ID number is missing"
                    : "ID number must have 18 characters, got " + length;
            case OLD_15_DIGIT -> "ID number has 15 digits: old numbers are not accepted, use the 18-character number";
            case NOT_A_DIGIT -> position == 18
                    ? "character 18 must be a digit or X"
                    : "character " + position + " must be a digit";
            case IMPOSSIBLE_DATE -> "birth date " + birthDigits + " does not exist";
            case FUTURE_DATE -> "birth date is in the future";
            case CHECK_DIGIT -> "check digit should be " + expectedCheck + ", not " + actualCheck;
        };
    }

    @Override
    public String toString() {
        return problem.map(p -> "IdNumberCheck[" + p + "]").orElse("IdNumberCheck[valid]");
    }
}
