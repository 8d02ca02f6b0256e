package io.anxin.kiosk.device.print;

/**
 * Prints the receipt of a submission.
 *
 * <p><b>Contract.</b> {@link #print} returns once the whole job has been handed to the printer
 * (or written, for the file printer); it either prints the complete receipt or throws
 * {@link PrinterException} with a {@link PrinterFailure} kind. A known fault found before
 * printing (paper out, cover open, printer offline) throws without sending anything, so no half
 * receipt comes out. A failure never undoes the submission: the caller shows the acceptance
 * number in large type and reads it out.
 *
 * <p><b>Threads.</b> Implementations are not thread-safe and block on I/O: the composition root
 * gives the printer one device thread, and every call ({@code print} and {@code status}) is made
 * on it. Never call from the FX thread.
 */
public interface ReceiptPrinter {

    /**
     * Prints one receipt.
     *
     * @throws PrinterException when it was not printed (or, for a failure mid-job, may be incomplete)
     */
    void print(Receipt receipt);

    /**
     * Prints a slip that is not a submission receipt (a queue ticket, a certificate), already
     * rendered to an image {@link #paperWidthDots()} wide (black on white; it is thresholded).
     * Same contract as {@link #print}: all or a {@link PrinterException}.
     *
     * @param name what the slip is called in files and logs: letters, digits and inner hyphens
     *             (the {@link Receipt#ACCEPTANCE_NO} form), e.g. {@code ticket-20261122-A012}
     */
    void printSlip(String name, java.awt.image.BufferedImage image);

    /** The printable width in dots (576 for 80 mm paper, 384 for 58 mm). */
    int paperWidthDots();

    /** Asks the printer how it is; never throws (an unreachable printer is {@link PrinterStatus#OFFLINE}). */
    PrinterStatus status();
}
