package io.anxin.kiosk.device.pay;

import java.math.BigDecimal;

/**
 * The bank's payment terminal beside the kiosk (POS with card reader, PIN pad and QR code). The
 * resident taps, inserts or scans on the terminal and enters the PIN there: the PIN never reaches
 * the kiosk, so nothing here carries one.
 *
 * <p>Contract, per order id:
 * <ul>
 *   <li>{@link #charge} asks the terminal to take {@code amount} for {@code orderId}. It is idempotent:
 *       charging an order id the terminal already knows never charges again; it answers what the
 *       first charge ended with ({@link TerminalOutcome#APPROVED} with the same reference, or
 *       declined/cancelled). A second charge with a different amount is refused with
 *       {@link IllegalArgumentException}.</li>
 *   <li>{@link #query} asks what became of {@code orderId} and never charges.
 *       {@link TerminalOutcome#UNKNOWN} means the terminal has no record of the order: nothing was
 *       charged for it.</li>
 *   <li>{@link TerminalOutcome#TIMEOUT} means the terminal gave no final answer in time: the money
 *       may or may not have been taken. The caller asks {@link #query} and never charges the order
 *       again.</li>
 *   <li>An unreachable terminal (unplugged, switched off, no answer on the line) throws
 *       {@link PaymentTerminalException}; what happened to a charge in flight is then also open, and
 *       {@link #query} tells once the terminal is back.</li>
 * </ul>
 * Order ids are 1-32 characters {@code [A-Za-z0-9-]}; amounts are CNY, positive, at most two decimals.
 *
 * <p>Threads: both calls block (a charge waits for the resident at the terminal, up to the terminal's
 * own time-out), so never call them on the JavaFX thread. A terminal handles one call at a time:
 * callers must not overlap calls; implementations need not be thread-safe beyond that.
 */
public interface PaymentTerminal {

    /** Charges {@code amount} for {@code orderId}, or answers the first charge's outcome when the order is known. */
    TerminalResult charge(String orderId, BigDecimal amount);

    /** What became of {@code orderId}; {@link TerminalOutcome#UNKNOWN} when the terminal never charged it. */
    TerminalResult query(String orderId);
}
