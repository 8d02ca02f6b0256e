package io.anxin.kiosk.service.hall;

import io.anxin.kiosk.service.SlipText;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.voice.KioskBundles;

/**
 * Draws a {@link QueueTicket} as a black-and-white slip as wide as the print head: the number in very
 * large type, then the service, how many wait ahead, the estimated wait and the windows, in the
 * resident's language (bundle part {@code ticket}). Nothing about the resident is on it. Thread-safe:
 * no state between calls but the fonts, loaded once.
 */
public final class TicketSlip {

    /** Line height as a multiple of the font size. */
    private static final float LINE = 1.3f;

    private static final float TITLE = 40f;
    private static final float NUMBER = 150f;
    private static final float BODY = 30f;
    private static final float NOTE = 28f;

    private final Supplier<ReceiptFonts> fontSource;
    private ReceiptFonts fonts;

    /** @param fonts asked once, on the first render (the composition root shares one loaded set) */
    public TicketSlip(Supplier<ReceiptFonts> fonts) {
        this.fontSource = fonts;
    }

    private synchronized ReceiptFonts fonts() {
        if (fonts == null) {
            fonts = fontSource.get();
        }
        return fonts;
    }

    /** The lines under the number, in order (the last is the closing note); also what tests read. */
    public List<String> lines(QueueTicket t, ZonedDateTime issuedAt, Locale locale) {
        ResourceBundle b = KioskBundles.bundle(locale);
        List<String> lines = new ArrayList<>();
        lines.add(format(b, "ticket.slip.service", TicketTexts.name(t.asked(), locale)));
        if (!t.queue().code().equals(t.asked().code())) {
            lines.add(format(b, "ticket.slip.queue", TicketTexts.name(t.queue(), locale)));
        }
        lines.add(t.ahead() == 0 ? b.getString("ticket.slip.none-ahead") : format(b, "ticket.slip.ahead", t.ahead()));
        if (t.ahead() > 0) {
            lines.add(format(b, "ticket.slip.wait", t.waitMinutes()));
        }
        lines.add(format(b, "ticket.slip.window", TicketTexts.windows(t.windows(), locale)));
        if (t.kind() == TicketKind.DISABILITY) {
            lines.add(b.getString("ticket.disability.check"));
        }
        lines.add(format(b, "ticket.slip.time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(issuedAt)));
        lines.add(b.getString("ticket.slip.note"));
        return lines;
    }

    public BufferedImage render(QueueTicket t, ZonedDateTime issuedAt, Locale locale, int width) {
        String title = KioskBundles.bundle(locale).getString("ticket.slip.title");
        List<String> lines = lines(t, issuedAt, locale);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = scratch.createGraphics();
        int height = draw(measure, title, t.number(), lines, width);
        measure.dispose();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        draw(g, title, t.number(), lines, width);
        g.dispose();
        return image;
    }

    private int draw(Graphics2D g, String title, String number, List<String> lines, int width) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        int margin = Math.max(8, width / 36);
        int inner = width - 2 * margin;
        ReceiptFonts f = fonts();
        int y = margin;
        y = centered(g, title, f.bold(TITLE), width, y);
        // the number as large as fits: 150 px on 80 mm paper, smaller on 58 mm
        Font big = f.bold(NUMBER);
        while (g.getFontMetrics(big).stringWidth(number) > inner && big.getSize2D() > 40f) {
            big = big.deriveFont(big.getSize2D() - 10f);
        }
        y = centered(g, number, big, width, y);
        return SlipText.ruledBody(g, lines.subList(0, lines.size() - 1), lines.get(lines.size() - 1), f.regular(BODY),
                f.bold(NOTE), margin, width, y, LINE);
    }

    private static int centered(Graphics2D g, String text, Font font, int width, int y) {
        return SlipText.centered(g, text, font, width, y, LINE);
    }

    private static String format(ResourceBundle b, String key, Object arg) {
        return new MessageFormat(b.getString(key), Locale.ROOT).format(new Object[] {arg});
    }
}
