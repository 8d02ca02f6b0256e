package io.anxin.kiosk.app;

/** How the kiosk runs: {@code demo} on a laptop with simulated devices, {@code kiosk} in the hall. */
public enum KioskMode {
    DEMO, KIOSK
}
