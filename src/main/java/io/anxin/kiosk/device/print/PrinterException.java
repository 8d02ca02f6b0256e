package io.anxin.kiosk.device.print;

import java.util.Objects;

/**
 * The one unchecked exception of the print subsystem. Its message is for the technician log: it
 * names the port or path and never holds personal data. The resident sees words chosen from
 * {@link #kind()}; the submission stands whether or not the receipt printed (specs/services.md).
 */
public final class PrinterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PrinterFailure kind;

    public PrinterException(PrinterFailure kind, String message) {
        this(kind, message, null);
    }

    public PrinterException(PrinterFailure kind, String message, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind") + ": " + message, cause);
        this.kind = kind;
    }

    public PrinterFailure kind() {
        return kind;
    }
}
