package io.anxin.kiosk.device.print;

/** Why a receipt was not printed; the screen chooses its words and next step from this. */
public enum PrinterFailure {
    /** The paper roll is empty (or the printer stopped at paper end). Staff must load paper. */
    PAPER_OUT,
    /** The printer cannot be reached: not connected, switched off, port gone, no answer. */
    OFFLINE,
    /** The cover is open. */
    COVER_OPEN,
    /** Anything else (the exception's message has the detail, for example the path that could not be written). */
    FAILED
}
