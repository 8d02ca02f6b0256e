package io.anxin.kiosk.ui.a11y;

import io.anxin.kiosk.ui.Audience;

/**
 * The numbers a screen must meet, by who it is for (specs/accessibility.md): residents and the hall
 * display get the elder rules, trained staff may have denser screens.
 *
 * @param minText     smallest font anywhere on the screen, scene px
 * @param minMainText smallest font in the main content (outside the shell's header and bottom bar)
 * @param minTarget   smallest width and height of a clickable node
 * @param minGap      smallest distance between two clickable nodes
 * @param minContrast smallest text contrast ratio
 */
public record Thresholds(double minText, double minMainText, double minTarget, double minGap, double minContrast) {

    public static final Thresholds ELDER = new Thresholds(24, 28, 80, 16, 7.0);
    public static final Thresholds STAFF = new Thresholds(18, 18, 44, 8, 4.5);

    public static Thresholds of(Audience audience) {
        return audience == Audience.STAFF ? STAFF : ELDER;
    }
}
