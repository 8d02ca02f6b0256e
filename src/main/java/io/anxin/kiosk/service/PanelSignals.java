package io.anxin.kiosk.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.panel.HallPanelListener;

/**
 * The hall panel's physical help button and presence sensor, for the screens (which may not see the
 * device layer). Works with or without a hall queue: a standalone kiosk's help button still opens
 * 呼叫工作人员 and its presence sensor still wakes the attract screen.
 */
public final class PanelSignals {

    /**
     * What the panel saw, for the UI. Called on the GPIO library's threads, never the FX thread: hand
     * the work to the UI and return.
     */
    public interface Events {
        void helpPressed();

        void personArrived();
    }

    private static final Logger LOG = LoggerFactory.getLogger(PanelSignals.class);

    private volatile Events events;

    public PanelSignals(HallPanel panel) {
        panel.addListener(new HallPanelListener() {
            @Override
            public void helpPressed() {
                Events e = events;
                if (e == null) {
                    LOG.info("help button pressed before the screens were ready; ignored");
                } else {
                    e.helpPressed();
                }
            }

            @Override
            public void personArrived() {
                Events e = events;
                if (e != null) {
                    e.personArrived();
                }
            }
        });
    }

    /** Where panel events go; set once by the composition root. */
    public void onPanel(Events events) {
        this.events = events;
    }
}
