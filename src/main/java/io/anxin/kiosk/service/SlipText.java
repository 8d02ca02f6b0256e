package io.anxin.kiosk.service;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Text on a printed slip (queue ticket, certificate): lines, centred lines and wrapping. Stateless. */
public final class SlipText {

    private SlipText() {
    }

    /**
     * Draws {@code text} with its top at {@code y}; returns the top of the next line.
     *
     * @param lineFactor line height as a multiple of the font size
     */
    public static int line(Graphics2D g, String text, Font font, int x, int y, float lineFactor) {
        g.setFont(font);
        g.drawString(text, x, y + g.getFontMetrics(font).getAscent());
        return y + Math.round(font.getSize2D() * lineFactor);
    }

    /** {@link #line} centred on a slip {@code width} dots wide. */
    public static int centered(Graphics2D g, String text, Font font, int width, int y, float lineFactor) {
        FontMetrics m = g.getFontMetrics(font);
        return line(g, text, font, Math.max(0, (width - m.stringWidth(text)) / 2), y, lineFactor);
    }

    /**
     * The part every slip shares below its heading: a heavy rule, the body lines (wrapped, left
     * aligned), a thin rule and the closing note (wrapped, centred). Returns the slip's full height.
     *
     * @param y top of the heavy rule
     */
    public static int ruledBody(Graphics2D g, List<String> body, String note, Font bodyFont, Font noteFont, int margin,
                                int width, int y, float lineFactor) {
        int inner = width - 2 * margin;
        g.fillRect(margin, y, inner, 4);
        y += 20;
        for (String line : body) {
            for (String part : wrap(line, g.getFontMetrics(bodyFont), inner)) {
                y = line(g, part, bodyFont, margin, y, lineFactor);
            }
            y += 4;
        }
        y += 12;
        g.fillRect(margin, y, inner, 2);
        y += 16;
        for (String part : wrap(note, g.getFontMetrics(noteFont), inner)) {
            y = centered(g, part, noteFont, width, y, lineFactor);
        }
        return y + margin + 24;
    }

    /** Greedy wrap: at the last space for Latin text, anywhere between CJK characters. */
    public static List<String> wrap(String text, FontMetrics m, int width) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && m.stringWidth(rest) > width) {
            int fit = 1;
            while (fit < rest.length() && m.stringWidth(rest.substring(0, fit + 1)) <= width) {
                fit++;
            }
            int space = rest.lastIndexOf(' ', fit);
            int cut = space > 0 && !Character.isIdeographic(rest.codePointAt(fit - 1)) ? space : fit;
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
