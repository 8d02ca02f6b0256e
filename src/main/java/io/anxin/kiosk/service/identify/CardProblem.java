package io.anxin.kiosk.service.identify;

/** Why a card could not identify its holder, in the terms the resident's screen needs. */
public enum CardProblem {
    /** A bank card or another card without the social security application. */
    NOT_SOCIAL_SECURITY_CARD,
    /** The holder data sits behind a secure access module this kiosk does not have. */
    DATA_PROTECTED,
    /** The card answered, but with data that breaks the rules (never guessed at). */
    DATA_INVALID,
    /** The card was pulled out while it was being read. */
    REMOVED_DURING_READ,
    /** The reader disappeared (unplugged, or the PC/SC service stopped). */
    READER_GONE,
    /** Any other card error: a dirty or bent chip, a card inserted the wrong way. */
    CARD_ERROR
}
