package io.anxin.kiosk.app;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;

import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.panel.NoHallPanel;
import io.anxin.kiosk.device.panel.PanelException;
import io.anxin.kiosk.device.panel.Pi4jHallPanel;

/** Chooses the hall panel from {@code panel.gpio}, here and nowhere else. */
public final class PanelSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PanelSetup.class);

    private PanelSetup() {
    }

    /**
     * Opens the panel for this configuration. Never throws: GPIO that cannot be opened (no pi4j
     * provider on this machine, a pin in use) gives a {@link NoHallPanel} that says why, and the rest
     * of the kiosk works. The caller closes the panel on shutdown.
     */
    public static HallPanel panel(KioskConfig config, Clock clock) {
        if (config.panelGpio() == PanelGpio.NONE) {
            return new NoHallPanel("panel.gpio=none");
        }
        Context context;
        try {
            context = Pi4J.newAutoContext();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("pi4j could not start: {}", e.toString());
            return new NoHallPanel("panel.gpio=pi4j, but pi4j could not start: " + e);
        }
        return panel(context, true, config, clock);
    }

    /** The panel on a given pi4j context (tests give one with the mock provider). */
    static HallPanel panel(Context context, boolean ownsContext, KioskConfig config, Clock clock) {
        try {
            return new Pi4jHallPanel(context, ownsContext, config.panelPins(), clock,
                    Pi4jHallPanel.DEBOUNCE, Pi4jHallPanel.PRESENCE_GAP);
        } catch (PanelException e) {
            LOG.warn("hall panel GPIO not available: {}", e.getMessage());
            return new NoHallPanel("panel.gpio=pi4j with " + config.panelPins() + ", but " + e.getMessage()
                    + " (is a pi4j GPIO provider plugin installed, and is the pin free?)");
        }
    }

    /** What is configured, for the technician. */
    public static String describe(KioskConfig config) {
        return config.panelGpio() == PanelGpio.NONE ? "none configured (panel.gpio=none)"
                : "pi4j, " + config.panelPins();
    }
}
