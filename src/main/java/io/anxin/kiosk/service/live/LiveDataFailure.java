package io.anxin.kiosk.service.live;

/** Why live data could not be had; each has a message key the screens use. */
public enum LiveDataFailure {
    /** No central server configured, or it cannot be reached now: show the cached copy or say what is needed. */
    OFFLINE,
    /** The server does not know the person or the application. */
    NOT_FOUND,
    /** The terminal's credentials were refused (401/403): a technician must act. */
    UNAUTHORIZED,
    /** The server answered, but with an error or something that is not the protocol. */
    SERVER_ERROR
}
