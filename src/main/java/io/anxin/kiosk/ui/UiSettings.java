package io.anxin.kiosk.ui;

import java.util.Locale;

/** The configuration values the UI needs, and nothing else of the config. */
public record UiSettings(Locale locale, double scale, int idleSeconds, int idleWarningSeconds, boolean demo,
                         int elderlyAge) {
}
