package io.anxin.kiosk.device.card;

import java.util.HexFormat;

/** Upper-case hex without separators, for APDUs, ATRs and card identifiers (never personal data). */
public final class Hex {

    private static final HexFormat FORMAT = HexFormat.of().withUpperCase();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Parses hex digits; spaces are ignored. */
    public static byte[] parse(String hex) {
        return FORMAT.parseHex(hex.replace(" ", ""));
    }

    public static String statusWord(int sw) {
        return String.format("%04X", sw);
    }
}
