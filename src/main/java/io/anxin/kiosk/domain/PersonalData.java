package io.anxin.kiosk.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in free text that looks like a resident ID number (18-character or old 15-digit),
 * keeping the first 6 and last 4 characters as receipts do. A last line of defence for logs and
 * audit details; code should not put ID numbers into text in the first place.
 */
public final class PersonalData {

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8}|\\d{5})(\\d{3}[0-9Xx]|\\d)(?![0-9A-Za-z])");

    private PersonalData() {
    }

    public static String maskIdNumbers(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String whole = m.group();
            String masked = whole.length() == 18
                    ? whole.substring(0, 6) + "********" + whole.substring(14)
                    : whole.substring(0, 6) + "*****" + whole.substring(11);
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
