package io.anxin.kiosk.domain;

/** Why a string is not a valid 18-character resident ID number (GB 11643). */
public enum IdNumberProblem {
    /** Not 18 characters long (and not a 15-digit old number). */
    LENGTH,
    /** A 15-digit first-generation number; these are no longer accepted. */
    OLD_15_DIGIT,
    /** A character in the first 17 positions is not a digit, or the last is not a digit or X. */
    NOT_A_DIGIT,
    /** Digits 7-14 are not a calendar date. */
    IMPOSSIBLE_DATE,
    /** Digits 7-14 are a date after today. */
    FUTURE_DATE,
    /** The 18th character is not the MOD 11-2 check character of the first 17 digits. */
    CHECK_DIGIT
}
