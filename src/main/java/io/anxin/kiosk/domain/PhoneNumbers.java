package io.anxin.kiosk.domain;

import java.util.regex.Pattern;

/**
 * Contact phone numbers as residents key them: an 11-digit mainland mobile number ({@code 1[3-9]}
 * and nine digits) or a landline with its area code ({@code 010}/{@code 02x} and 8 digits, or a
 * four-digit code such as {@code 0531} and 7 or 8 digits). Spaces and '-' are ignored.
 */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0(?:10|2\\d)\\d{8}|0[3-9]\\d{2}\\d{7,8}");

    private PhoneNumbers() {
    }

    /** The digits without spaces and '-'. */
    public static String normalise(String keyed) {
        return keyed == null ? "" : keyed.replaceAll("[\\s\\-\\u3000]", "");
    }

    public static boolean isValid(String keyed) {
        String n = normalise(keyed);
        return MOBILE.matcher(n).matches() || LANDLINE.matcher(n).matches();
    }

    public static boolean isMobile(String keyed) {
        return MOBILE.matcher(normalise(keyed)).matches();
    }
}
