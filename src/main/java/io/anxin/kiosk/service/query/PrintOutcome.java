package io.anxin.kiosk.service.query;

/** How printing a slip ended; the screen chooses its words and next step from it. */
public enum PrintOutcome {
    PRINTED,
    /** The paper roll is empty: staff must load paper. */
    PAPER_OUT,
    /** The cover is open. */
    COVER_OPEN,
    /** The printer cannot be reached. */
    PRINTER_OFFLINE,
    /** Anything else (the technician log has the detail). */
    FAILED
}
