package io.anxin.kiosk.app;

/** The queue topology this terminal takes part in (config key {@code hall.role}). */
public enum HallRole {
    STANDALONE, NODE, MEMBER
}
