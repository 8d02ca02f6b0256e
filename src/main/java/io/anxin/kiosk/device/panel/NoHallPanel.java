package io.anxin.kiosk.device.panel;

import java.util.Objects;

/**
 * The panel of a machine without GPIO (a laptop, or GPIO that failed to open): no button, lamp or
 * sensor; the on-screen help button still calls staff. {@link #status()} says why, for the technician.
 */
public final class NoHallPanel implements HallPanel {

    private final String reason;

    /** @param reason why there is no panel, e.g. {@code panel.gpio=none}; shown to the technician */
    public NoHallPanel(String reason) {
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public void addListener(HallPanelListener listener) {
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void removeListener(HallPanelListener listener) {
    }

    @Override
    public void helpLamp(boolean on) {
    }

    @Override
    public String status() {
        return "no GPIO panel (" + reason + "): help button, help lamp and presence sensor are off; "
                + "the on-screen help button still works";
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void close() {
    }
}
