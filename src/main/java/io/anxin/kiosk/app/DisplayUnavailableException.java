package io.anxin.kiosk.app;

/** The kiosk screens cannot open: no display to draw on (an SSH session, a service without a desktop). */
public final class DisplayUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DisplayUnavailableException(String detail, Throwable cause) {
        super("no display to show the kiosk on (" + detail + "): start it from the kiosk's desktop session "
                + "(DISPLAY or WAYLAND_DISPLAY set), or install xvfb so ./kiosk can use a virtual display", cause);
    }
}
