package io.anxin.kiosk.ui.resident.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into pages that fit a text area of {@code columns} full-width characters by
 * {@code rows} lines. Paragraphs start on a new line with a two-character indent (the Chinese custom,
 * and cheaper than a blank line); a paragraph that does not fit is cut after the last sentence (or
 * clause, or failing both, character) that does and goes on at the top of the next page. Nothing is
 * ever dropped: the pages, without their indents and line breaks, are the article.
 *
 * <p>Widths are estimated, not measured: a Han character or full-width mark is one column, anything
 * else {@value #NARROW}. One column of each line is kept spare, because a line breaker may not start a
 * line with a closing mark and carries a character over. Pure and thread-safe.
 */
public final class ArticlePages {

    static final String INDENT = "\u3000\u3000";
    static final double NARROW = 0.6;
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String CLAUSE_ENDS = "，、：,:）)”";

    private ArticlePages() {
    }

    public static List<String> paginate(List<String> paragraphs, int columns, int rows) {
        double usable = Math.max(2, columns - 1);
        int lines = Math.max(1, rows);
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        int used = 0;
        for (String paragraph : paragraphs) {
            String rest = INDENT + paragraph.strip();
            while (!rest.isEmpty()) {
                int free = lines - used;
                int needed = linesFor(rest, usable);
                if (needed <= free) {
                    append(page, rest);
                    used += needed;
                    rest = "";
                } else {
                    int cut = free > 0 ? cutPoint(rest, usable * free) : 0;
                    if (rest.startsWith(INDENT) && cut > 0 && cut <= INDENT.length()) {
                        if (used == 0) {
                            // Too narrow for the indent and a word: this paragraph goes without it.
                            rest = rest.substring(INDENT.length());
                            continue;
                        }
                        cut = 0;
                    }
                    if (cut > 0) {
                        append(page, rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    pages.add(page.toString());
                    page.setLength(0);
                    used = 0;
                }
            }
        }
        if (page.length() > 0 || pages.isEmpty()) {
            pages.add(page.toString());
        }
        return List.copyOf(pages);
    }

    private static void append(StringBuilder page, String text) {
        if (page.length() > 0) {
            page.append('\n');
        }
        page.append(text);
    }

    /** Lines {@code text} takes when it starts on a fresh line. */
    static int linesFor(String text, double usable) {
        return Math.max(1, (int) Math.ceil(width(text) / usable));
    }

    /**
     * How many characters of {@code text} fit in {@code room} columns, ending after a sentence if
     * possible, else after a clause, else anywhere; at least one character when {@code room} holds
     * one. 0 when nothing fits.
     */
    private static int cutPoint(String text, double room) {
        int fits = 0;
        double w = 0;
        while (fits < text.length() && w + width(text.charAt(fits)) <= room) {
            w += width(text.charAt(fits));
            fits++;
        }
        if (fits == 0) {
            return 0;
        }
        int sentence = lastEnd(text, fits, SENTENCE_ENDS);
        if (sentence > fits / 3) {
            return sentence;
        }
        int clause = lastEnd(text, fits, CLAUSE_ENDS);
        return clause > fits / 3 ? clause : fits;
    }

    private static int lastEnd(String text, int before, String marks) {
        for (int i = before; i > 0; i--) {
            if (marks.indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** Characters of the article on {@code page}: without indents and line breaks. */
    public static int contentLength(String page) {
        return page.replace(INDENT, "").replace("\n", "").length();
    }

    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += width(text.charAt(i));
        }
        return w;
    }

    private static double width(char c) {
        return c < 0x2e80 ? NARROW : 1.0;
    }
}
