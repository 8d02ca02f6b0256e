package io.anxin.kiosk.device.print;

/** What a printer says about itself, for the technician screen and the {@code doctor} command. */
public enum PrinterStatus {
    /** Ready to print. */
    READY,
    /** Paper is nearly used up; printing still works. Staff should change the roll soon. */
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    /** Not reachable, or (for the file printer) the output folder cannot be written. */
    OFFLINE,
    /** Reachable but it does not report status (many USB printers have no read-back); printing is attempted. */
    UNKNOWN;

    /** Whether a print job is worth sending. */
    public boolean canPrint() {
        return this == READY || this == PAPER_LOW || this == UNKNOWN;
    }
}
