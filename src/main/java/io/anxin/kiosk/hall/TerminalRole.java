package io.anxin.kiosk.hall;

import java.util.Locale;

/**
 * What a terminal of the hall may do, from the third column of the node's token file. A terminal with
 * no role written may do everything (token files from before roles existed keep working).
 */
public enum TerminalRole {
    /** A resident kiosk: takes tickets and raises help calls. */
    KIOSK,
    /** A counter console: signs clerks in, opens windows, calls and ends tickets, takes help calls. */
    COUNTER,
    /** The hall display: reads the board and the change feed only. */
    DISPLAY,
    /** No role written: every call. */
    ANY;

    /** The role named in a token file ({@code kiosk}, {@code counter}, {@code display}); null when not one of them. */
    static TerminalRole parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "kiosk" -> KIOSK;
            case "counter" -> COUNTER;
            case "display" -> DISPLAY;
            default -> null;
        };
    }

    boolean may(TerminalRole needed) {
        return this == ANY || this == needed;
    }
}
