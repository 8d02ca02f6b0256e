package io.anxin.kiosk.voice;

/**
 * Chinese readings of numbers for {@link SpeechNormalizer}: as a quantity (一千二百三十四), digit by
 * digit (零一二), money (三十六元二角). Stateless.
 */
final class ChineseNumbers {

    private static final char[] DIGITS = "零一二三四五六七八九".toCharArray();
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
    private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};

    private ChineseNumbers() {
    }

    /** Each digit on its own: "012" → 零一二. {@code phoneStyle} reads 1 as 幺 (as people do for phone numbers). */
    static String digits(CharSequence digits, boolean phoneStyle) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(phoneStyle && c == '1' ? '幺' : DIGITS[c - '0']);
            } else if (c == 'X' || c == 'x') {
                sb.append('叉');
            }
        }
        return sb.toString();
    }

    /** A quantity: 0 → 零, 12 → 十二, 1005 → 一千零五, 2000 → 两千, 100012 → 十万零一十二. */
    static String integer(long n) {
        if (n == 0) {
            return "零";
        }
        if (n < 0) {
            return "负" + integer(-n);
        }
        int[] groups = new int[BIG_UNITS.length];
        int count = 0;
        long rest = n;
        while (rest > 0 && count < groups.length) {
            groups[count++] = (int) (rest % 10_000);
            rest /= 10_000;
        }
        if (rest > 0) {
            return digits(Long.toString(n), false);
        }
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = count - 1; i >= 0; i--) {
            int g = groups[i];
            if (g == 0) {
                gap = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (gap || g < 1000)) {
                sb.append('零');
            }
            sb.append(section(g)).append(BIG_UNITS[i]);
            gap = false;
        }
        String s = sb.toString();
        if (s.startsWith("一十")) {
            s = s.substring(1);
        }
        if (s.startsWith("二") && s.length() > 1 && "千万亿".indexOf(s.charAt(1)) >= 0) {
            s = "两" + s.substring(1);
        }
        return s;
    }

    private static String section(int g) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = (g / pow10(pos)) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append('零');
                }
                zero = false;
                sb.append(DIGITS[d]).append(SMALL_UNITS[pos]);
            }
        }
        return sb.toString();
    }

    private static int pow10(int p) {
        int r = 1;
        for (int i = 0; i < p; i++) {
            r *= 10;
        }
        return r;
    }

    /** A decimal number as a quantity: "3.5" → 三点五, "12" → 十二. Grouping commas are ignored. */
    static String decimal(String text) {
        String plain = text.replace(",", "");
        int dot = plain.indexOf('.');
        if (dot < 0) {
            return integerOrDigits(plain);
        }
        String whole = dot == 0 ? "0" : plain.substring(0, dot);
        return integerOrDigits(whole) + "点" + digits(plain.substring(dot + 1), false);
    }

    private static String integerOrDigits(String s) {
        if (s.length() > 15) {
            return digits(s, false);
        }
        return integer(Long.parseLong(s));
    }

    /**
     * Money in 元/角/分: ("36", "20") → 三十六元二角; ("36", "05") → 三十六元零五分; ("0", "5") → 五角;
     * ("2", null) → 两元.
     */
    static String money(String yuanText, String decimals) {
        String plainYuan = yuanText.replace(",", "");
        if (plainYuan.length() > 15) {
            return digits(plainYuan, false) + "元";
        }
        long yuan = Long.parseLong(plainYuan);
        int jiao = decimals != null && decimals.length() >= 1 ? decimals.charAt(0) - '0' : 0;
        int fen = decimals != null && decimals.length() >= 2 ? decimals.charAt(1) - '0' : 0;
        StringBuilder sb = new StringBuilder();
        if (yuan > 0) {
            sb.append(yuan == 2 ? "两" : integer(yuan)).append('元');
        }
        if (jiao > 0) {
            sb.append(DIGITS[jiao]).append('角');
        } else if (fen > 0 && yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS[fen]).append('分');
        }
        return sb.length() == 0 ? "零元" : sb.toString();
    }
}
