package io.anxin.kiosk.ui.a11y;

import java.util.List;
import java.util.Locale;

/**
 * The state the walker puts a screen in before running the checks: text size, contrast, whether
 * the screen is showing an error (so the error banner is measured too), and the language (null:
 * the kiosk's default).
 */
public record Mode(String name, boolean largeText, boolean highContrast, boolean withError, Locale locale) {

    public static final Mode NORMAL = new Mode("normal text", false, false, false, null);
    public static final Mode LARGE = new Mode("large text", true, false, false, null);
    public static final Mode HIGH_CONTRAST = new Mode("high contrast", false, true, false, null);
    public static final Mode LARGE_HIGH_CONTRAST = new Mode("large text, high contrast", true, true, false, null);
    public static final Mode NORMAL_WITH_ERROR = new Mode("normal text, error shown", false, false, true, null);
    public static final Mode LARGE_WITH_ERROR = new Mode("large text, error shown", true, false, true, null);
    public static final Mode ENGLISH = new Mode("English, normal text", false, false, false, Locale.ENGLISH);
    public static final Mode ENGLISH_LARGE = new Mode("English, large text", true, false, false, Locale.ENGLISH);
    public static final Mode ENGLISH_LARGE_WITH_ERROR = new Mode("English, large text, error shown", true, false, true,
            Locale.ENGLISH);

    /** Every mode the suite walks the real screens in. */
    public static List<Mode> all() {
        return List.of(NORMAL, LARGE, HIGH_CONTRAST, LARGE_HIGH_CONTRAST, NORMAL_WITH_ERROR, LARGE_WITH_ERROR, ENGLISH,
                ENGLISH_LARGE, ENGLISH_LARGE_WITH_ERROR);
    }

    @Override
    public String toString() {
        return name;
    }
}
