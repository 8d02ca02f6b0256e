package io.anxin.kiosk.service.hall;

/** Which ticket a resident asked for at the kiosk. */
public enum TicketKind {
    /** A ticket of the service category they chose. */
    NORMAL,
    /** The 老年人优先窗口 for an identified resident at or above {@code resident.elderly-age}. */
    ELDERLY,
    /** The 老年人优先窗口 for a person with a disability (the clerk checks the certificate at the window). */
    DISABILITY
}
