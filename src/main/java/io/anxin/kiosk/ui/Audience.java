package io.anxin.kiosk.ui;

/**
 * Who a screen is for; picks the accessibility thresholds (specs/accessibility.md): residents and
 * the hall display get the elder rules, trained staff may have denser screens.
 */
public enum Audience {
    RESIDENT, STAFF, HALL
}
