package io.anxin.kiosk.device.panel;

/**
 * Receives what the {@link HallPanel} sees. Threads and ordering: see {@link HallPanel}. Every method
 * has an empty default so a listener takes only what it needs.
 */
public interface HallPanelListener {

    /** The physical help button was pressed (once per press). */
    default void helpPressed() {
    }

    /** The presence sensor saw someone arrive in front of the kiosk. */
    default void personArrived() {
    }

    /** The person whose arrival was reported has gone. */
    default void personLeft() {
    }
}
