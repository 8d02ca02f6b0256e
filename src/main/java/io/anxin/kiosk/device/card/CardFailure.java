package io.anxin.kiosk.device.card;

/** What went wrong reading a card; each kind has its own words and next step on screen. */
public enum CardFailure {
    /** No social security application on the card (a bank card, say): SW 6A82 or 6999 on the first SELECT. */
    NOT_SOCIAL_SECURITY_CARD,
    /** The holder data is behind the SAM (SW 6982): offer the e-voucher QR code or the keyed ID number. */
    DATA_PROTECTED,
    /** The card answered, but what it said breaks the format or the consistency rules. */
    DATA_INVALID,
    /** The card was pulled out (or lost contact) during the read. */
    CARD_REMOVED,
    /** The reader itself went away or the PC/SC service stopped. */
    READER_GONE,
    /** Any other status word or card fault; the exception carries the status word and the command. */
    CARD_ERROR
}
