package io.anxin.kiosk.sync;

/** What the kiosk shows about its link to the central server. */
public enum SyncState {
    /** The last call reached the server. */
    ONLINE,
    /** The server could not be reached or answered with errors; entries wait and go out by themselves later. */
    OFFLINE,
    /** The server refused the terminal's credentials (or the token file is unusable): a technician must act. */
    AUTH_FAILED
}
