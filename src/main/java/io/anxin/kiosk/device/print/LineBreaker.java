package io.anxin.kiosk.device.print;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a width: Chinese breaks between any two characters, other scripts at spaces (a
 * word wider than the line is broken where it must). Closing punctuation never starts a line and
 * opening punctuation never ends one (simple 禁则). Stateless.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）」』】》〉〕”’…·—,.;:?!)]}%";
    private static final String NO_LINE_END = "（「『【《〈〔“‘([{";

    private LineBreaker() {
    }

    /** The lines of {@code text} (explicit line breaks kept) that fit {@code width} pixels in {@code metrics}. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), metrics, width, lines);
        }
        return lines;
    }

    /** Pieces that stay together: one CJK character (with the punctuation that clings to it) or one word and its trailing space. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String pendingOpeners = "";
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            if (NO_LINE_START.contains(ch) && (current.length() > 0 || !tokens.isEmpty())) {
                if (current.length() > 0) {
                    current.append(ch);
                } else {
                    int last = tokens.size() - 1;
                    tokens.set(last, tokens.get(last) + ch);
                }
            } else if (NO_LINE_END.contains(ch)) {
                flush(current, tokens);
                pendingOpeners += ch;
            } else if (Character.isWhitespace(cp)) {
                current.append(ch);
                flush(current, tokens);
            } else if (isCjk(cp)) {
                flush(current, tokens);
                tokens.add(pendingOpeners + ch);
                pendingOpeners = "";
            } else {
                if (current.length() > 0 && Character.isWhitespace(current.charAt(current.length() - 1))) {
                    flush(current, tokens);
                }
                current.append(pendingOpeners).append(ch);
                pendingOpeners = "";
            }
        }
        current.append(pendingOpeners);
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static void wrapParagraph(String paragraph, FontMetrics metrics, int width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(paragraph)) {
            String candidate = line + token;
            if (metrics.stringWidth(candidate.stripTrailing()) <= width) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (metrics.stringWidth(token.stripTrailing()) <= width) {
                line.append(token);
            } else {
                breakLongToken(token, metrics, width, lines, line);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
    }

    private static void breakLongToken(String token, FontMetrics metrics, int width, List<String> lines, StringBuilder line) {
        int i = 0;
        while (i < token.length()) {
            int cp = token.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && metrics.stringWidth(line + ch) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += ch.length();
        }
    }
}
