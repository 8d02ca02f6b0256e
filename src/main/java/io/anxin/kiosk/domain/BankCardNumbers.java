package io.anxin.kiosk.domain;

import java.util.Optional;

/**
 * Bank card numbers as keyed: 16 to 19 digits with a valid Luhn check digit; spaces are ignored.
 * Whether the card belongs to the resident is checked by the centre, not here.
 */
public final class BankCardNumbers {

    /** Why a keyed card number is not acceptable. */
    public enum Problem { MISSING, LENGTH, NOT_DIGITS, CHECK_DIGIT }

    private BankCardNumbers() {
    }

    public static String normalise(String keyed) {
        return keyed == null ? "" : keyed.replaceAll("[\\s\\u3000]", "");
    }

    /** The first problem with {@code keyed}, or empty when it is a plausible card number. */
    public static Optional<Problem> check(String keyed) {
        String n = normalise(keyed);
        if (n.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        if (!n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.NOT_DIGITS);
        }
        if (n.length() < 16 || n.length() > 19) {
            return Optional.of(Problem.LENGTH);
        }
        return luhnValid(n) ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    /** The Luhn (mod 10) check over all digits, the last being the check digit. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** Last four digits only, for read-back and receipts: {@code **** 1234}. */
    public static String masked(String keyed) {
        String n = normalise(keyed);
        return n.length() < 4 ? "****" : "**** " + n.substring(n.length() - 4);
    }
}
