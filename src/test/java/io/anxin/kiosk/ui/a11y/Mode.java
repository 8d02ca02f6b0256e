package io.anxin.kiosk.ui.a11y;

import java.util.List;

/**
 * The state the walker puts a screen in before running the checks: text size, contrast, and
 * whether the screen is showing an error (so the error banner is measured too).
 */
public record Mode(String name, boolean largeText, boolean highContrast, boolean withError) {

    public static final Mode NORMAL = new Mode("normal text", false, false, false);
    public static final Mode LARGE = new Mode("large text", true, false, false);
    public static final Mode HIGH_CONTRAST = new Mode("high contrast", false, true, false);
    public static final Mode LARGE_HIGH_CONTRAST = new Mode("large text, high contrast", true, true, false);
    public static final Mode NORMAL_WITH_ERROR = new Mode("normal text, error shown", false, false, true);
    public static final Mode LARGE_WITH_ERROR = new Mode("large text, error shown", true, false, true);

    /** Every mode the suite walks the real screens in. */
    public static List<Mode> all() {
        return List.of(NORMAL, LARGE, HIGH_CONTRAST, LARGE_HIGH_CONTRAST, NORMAL_WITH_ERROR, LARGE_WITH_ERROR);
    }

    @Override
    public String toString() {
        return name;
    }
}
