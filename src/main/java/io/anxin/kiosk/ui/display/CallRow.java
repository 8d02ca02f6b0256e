package io.anxin.kiosk.ui.display;

/**
 * One call on the hall display: ticket {@code number} to {@code window}.
 *
 * @param recall true when the counter called the ticket again
 */
public record CallRow(long ticketId, String number, int window, boolean recall) {
}
