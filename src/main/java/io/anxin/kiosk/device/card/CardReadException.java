package io.anxin.kiosk.device.card;

import java.util.Objects;

/**
 * The one unchecked exception of the card subsystem. Its message is for the technician log and
 * never holds the ID number or the name; the resident sees words chosen from {@link #kind()}.
 */
public final class CardReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CardFailure kind;
    private final int statusWord;

    public CardReadException(CardFailure kind, int statusWord, String message) {
        this(kind, statusWord, message, null);
    }

    public CardReadException(CardFailure kind, int statusWord, String message, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind") + ": " + message, cause);
        this.kind = kind;
        this.statusWord = statusWord;
    }

    public static CardReadException invalid(String message) {
        return new CardReadException(CardFailure.DATA_INVALID, 0, message);
    }

    public CardFailure kind() {
        return kind;
    }

    /** The status word that caused the failure, for example {@code 0x6A83}; 0 when there is none. */
    public int statusWord() {
        return statusWord;
    }
}
