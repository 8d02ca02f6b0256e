package io.anxin.kiosk.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money amounts in CNY as keyed on the number pad: digits with at most two decimals, more than
 * zero, below ten million. Parsed to {@link BigDecimal} with scale 2; never a double.
 */
public final class Amounts {

    /** Why a keyed amount is not acceptable. */
    public enum Problem { MISSING, NOT_A_NUMBER, NOT_POSITIVE, TOO_MANY_DECIMALS, TOO_LARGE }

    public static final BigDecimal MAX = new BigDecimal("9999999.99");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?");

    private Amounts() {
    }

    /** The first problem with {@code keyed}, or empty when {@link #parse} will succeed. */
    public static Optional<Problem> check(String keyed) {
        String s = keyed == null ? "" : keyed.strip();
        if (s.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        if (!NUMBER.matcher(s).matches()) {
            return Optional.of(Problem.NOT_A_NUMBER);
        }
        BigDecimal value = new BigDecimal(s);
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(Problem.TOO_MANY_DECIMALS);
        }
        if (value.signum() <= 0) {
            return Optional.of(Problem.NOT_POSITIVE);
        }
        if (value.compareTo(MAX) > 0) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return Optional.empty();
    }

    /**
     * The amount with scale 2.
     *
     * @throws IllegalArgumentException when {@link #check} finds a problem
     */
    public static BigDecimal parse(String keyed) {
        check(keyed).ifPresent(p -> {
            throw new IllegalArgumentException("amount is not valid: " + p);
        });
        return new BigDecimal(keyed.strip()).setScale(2);
    }
}
