package io.anxin.kiosk.device.pay;

/**
 * The one unchecked exception of the payment subsystem: the terminal cannot be reached (unplugged,
 * switched off, no answer on its line, its ledger unreadable). The message is for the technician
 * log: it names the port or file and never holds a card number, a name or an amount's owner.
 * Whether a charge in flight went through is open; ask {@link PaymentTerminal#query} when it is back.
 */
public final class PaymentTerminalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentTerminalException(String message) {
        super(message);
    }

    public PaymentTerminalException(String message, Throwable cause) {
        super(message, cause);
    }
}
