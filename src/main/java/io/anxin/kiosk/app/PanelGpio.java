package io.anxin.kiosk.app;

/** Which GPIO the hall panel uses (config key {@code panel.gpio}). */
public enum PanelGpio {
    /** No GPIO (a laptop): no help button, lamp or presence sensor; the on-screen help button still works. */
    NONE,
    /** pi4j 2.x, with the pins of {@code panel.*-pin}. */
    PI4J
}
