package io.anxin.kiosk.ui;

/** What the frame's own controls do; implemented by {@link KioskShell} over the navigator and session. */
interface ShellActions {
    void back();

    void home();

    void callStaff();

    void repeat();

    void cycleVolume();

    /** The hidden technician entry (five taps on the logo, or the window's close request). */
    void technician();
}
