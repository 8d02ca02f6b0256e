package io.anxin.kiosk.ui.flow;

/** What a {@link NumberStep} takes: the keys it offers, how long it gets and how it is shown. */
public enum NumberKind {
    /** Mobile (11 digits) or landline with area code. */
    PHONE(12, false, false),
    /** Yuan with up to two decimals. */
    AMOUNT(10, true, false),
    /** A small count, e.g. invoices. */
    COUNT(2, false, false),
    /** 16-19 digits; spoken as "第N位已输入", never the digits. */
    BANK_CARD(19, false, true);

    private final int maxLength;
    private final boolean decimalPoint;
    private final boolean privateEntry;

    NumberKind(int maxLength, boolean decimalPoint, boolean privateEntry) {
        this.maxLength = maxLength;
        this.decimalPoint = decimalPoint;
        this.privateEntry = privateEntry;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean decimalPoint() {
        return decimalPoint;
    }

    public boolean privateEntry() {
        return privateEntry;
    }

    /** The keyed text grouped for reading: phone 3-4-4, bank card in fours. */
    public String display(String keyed) {
        return switch (this) {
            case PHONE -> keyed.startsWith("1") ? group(keyed, 3, 4, 4) : keyed;
            case BANK_CARD -> group(keyed, 4, 4, 4, 4, 4);
            default -> keyed;
        };
    }

    private static String group(String s, int... sizes) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at >= s.length()) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(s, at, Math.min(s.length(), at + size));
            at += size;
        }
        if (at < s.length()) {
            out.append(' ').append(s.substring(at));
        }
        return out.toString();
    }
}
