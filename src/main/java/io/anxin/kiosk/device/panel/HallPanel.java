package io.anxin.kiosk.device.panel;

/**
 * The hall panel beside the screen: a physical help button, a help lamp and an optional presence
 * sensor (issue 7, item 5). Any of the three may be missing; a machine without GPIO has none.
 *
 * <p><b>Contract.</b> A help-button press reaches {@link HallPanelListener#helpPressed()} once,
 * however long the button is held and however much its contacts bounce. Presence is reported as
 * {@link HallPanelListener#personArrived()} and later {@link HallPanelListener#personLeft()}; an
 * arrival sooner than the presence gap after the last reported one is not reported (nor is its
 * leaving), so a person walking past does not wake the kiosk every second. {@link #helpLamp} never
 * throws: a lamp that cannot be switched is logged and shows in {@link #status()}; the help call
 * itself does not depend on it.
 *
 * <p><b>Threads.</b> Listeners are called on the GPIO library's event thread(s), never on the
 * JavaFX thread; a button call and a presence call may overlap, so listeners must be thread-safe,
 * return quickly and hand work to the UI themselves.
 * An exception thrown by a listener is logged and otherwise ignored. {@link #helpLamp},
 * {@link #status()} and the listener methods may be called from any thread.
 */
public interface HallPanel extends AutoCloseable {

    void addListener(HallPanelListener listener);

    void removeListener(HallPanelListener listener);

    /** Switches the help lamp on or off; does nothing when no lamp is wired. Never throws. */
    void helpLamp(boolean on);

    /** For the technician ({@code kiosk doctor}, technician screen): what is wired and how it is. No personal data. */
    String status();

    /** True when at least one pin is live; false for {@link NoHallPanel}. */
    boolean available();

    /** Switches the lamp off and releases the pins. Never throws. */
    @Override
    void close();
}
