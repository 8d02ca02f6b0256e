package io.anxin.kiosk.ui.demo;

/**
 * Demo mode's network to the lab central: the demo panel cuts it to show what residents see
 * offline (离线, cached data "截至", submissions waiting) and restores it to show the queue drain.
 *
 * <p>Blocking (stops or starts a server); call it on a worker, never the FX thread. Thread-safe.
 */
public interface DemoNetwork {

    boolean online();

    /** Cuts or restores the connection; restoring makes the sync worker try at once. */
    void setOnline(boolean online);
}
