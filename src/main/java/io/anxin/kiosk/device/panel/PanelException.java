package io.anxin.kiosk.device.panel;

/**
 * The one unchecked exception of the panel subsystem: the GPIO pins could not be opened. Its
 * message names the pin and what the GPIO library said; the resident never sees it (without a
 * panel the kiosk works on, with its on-screen help button).
 */
public final class PanelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PanelException(String message, Throwable cause) {
        super(message, cause);
    }
}
