package io.anxin.kiosk.device.panel;

import java.util.OptionalInt;

/**
 * Where the panel is wired: BCM GPIO numbers, each empty when that part is not fitted.
 *
 * @param helpButtonActiveLow true when the pressed button pulls the pin to ground (the usual wiring,
 *                            with the internal pull-up); false when it drives the pin high
 */
public record PanelPins(OptionalInt helpButton, OptionalInt helpLamp, OptionalInt presence, boolean helpButtonActiveLow) {

    /** Highest BCM number of the Raspberry Pi 40-pin header. */
    public static final int MAX_BCM = 27;

    public static PanelPins none() {
        return new PanelPins(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), true);
    }

    public boolean anyWired() {
        return helpButton.isPresent() || helpLamp.isPresent() || presence.isPresent();
    }

    @Override
    public String toString() {
        return "help button " + pin(helpButton) + (helpButton.isPresent() ? (helpButtonActiveLow ? " (active low)" : " (active high)") : "")
                + ", help lamp " + pin(helpLamp) + ", presence " + pin(presence);
    }

    private static String pin(OptionalInt p) {
        return p.isPresent() ? "BCM " + p.getAsInt() : "not wired";
    }
}
