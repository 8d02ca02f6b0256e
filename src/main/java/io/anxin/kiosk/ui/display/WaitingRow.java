package io.anxin.kiosk.ui.display;

/**
 * Waiting tickets of one queue category, as the display shows them.
 *
 * @param letter the category's ticket letter
 * @param nameZh the category's Chinese name (queue-categories.csv)
 * @param nameEn the category's English name
 */
public record WaitingRow(String code, char letter, String nameZh, String nameEn, int count) {
}
