package io.anxin.kiosk.service.query;

import io.anxin.kiosk.service.SlipText;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.voice.KioskBundles;

/**
 * Draws a {@link Certificate} as a black-and-white slip as wide as the print head, in the
 * resident's language, with the same large type as receipts (body 28 px = 3.5 mm at 203 dpi).
 * Every word comes from the kiosk bundle (part {@code queries}). Thread-safe: no state between calls
 * but the fonts, loaded once.
 */
final class CertificateSlip {

    /** Line height as a multiple of the font size. */
    private static final float LINE = 1.35f;

    private static final float TITLE = 48f;
    private static final float BODY = 28f;
    private static final float NOTE = 30f;

    private final java.util.function.Supplier<ReceiptFonts> fontSource;
    private final ZoneId zone;
    private ReceiptFonts fonts;

    /** @param fonts asked once, on the first render (loading the bundled faces takes about a second) */
    CertificateSlip(java.util.function.Supplier<ReceiptFonts> fonts, ZoneId zone) {
        this.fontSource = fonts;
        this.zone = zone;
    }

    private synchronized ReceiptFonts fonts() {
        if (fonts == null) {
            fonts = fontSource.get();
        }
        return fonts;
    }

    /** The lines the slip prints, in order (the title first); also what tests read. */
    List<String> lines(Certificate c, ZonedDateTime printedAt, String terminalId, Locale locale) {
        ResourceBundle b = KioskBundles.bundle(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(b.getString("format.date"), Locale.ROOT);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(b.getString("query.format.date-time"), Locale.ROOT);
        List<String> lines = new ArrayList<>();
        lines.add(b.getString("certificate.slip.title"));
        c.name().filter(n -> !n.isBlank()).ifPresent(n -> lines.add(format(b, "certificate.slip.name", n)));
        lines.add(format(b, "certificate.slip.id", c.maskedId()));
        lines.add(format(b, "certificate.slip.status", b.getString("query.status." + c.status())));
        lines.add(format(b, "certificate.slip.type", b.getString("query.type." + c.insuranceType())));
        lines.add(format(b, "certificate.slip.since", date.format(c.insuredSince())));
        lines.add(format(b, "certificate.slip.region", c.region()));
        lines.add(format(b, "certificate.slip.as-of", time.format(c.dataAsOf().atZone(zone))));
        lines.add(format(b, "certificate.slip.printed", time.format(printedAt)));
        lines.add(format(b, "certificate.slip.terminal", terminalId));
        lines.add(b.getString("certificate.slip.note"));
        return lines;
    }

    BufferedImage render(Certificate c, ZonedDateTime printedAt, String terminalId, Locale locale, int width) {
        List<String> lines = lines(c, printedAt, terminalId, locale);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = scratch.createGraphics();
        int height = draw(measure, lines, width);
        measure.dispose();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        draw(g, lines, width);
        g.dispose();
        return image;
    }

    private int draw(Graphics2D g, List<String> lines, int width) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        int margin = Math.max(8, width / 36);
        int y = margin;
        ReceiptFonts fonts = fonts();
        Font title = fonts.bold(TITLE);
        y = centered(g, lines.get(0), title, width, y);
        y += 8;
        return SlipText.ruledBody(g, lines.subList(1, lines.size() - 1), lines.get(lines.size() - 1), fonts.regular(BODY),
                fonts.bold(NOTE), margin, width, y, LINE);
    }

    private static int centered(Graphics2D g, String text, Font font, int width, int y) {
        return SlipText.centered(g, text, font, width, y, LINE);
    }

    private static String format(ResourceBundle b, String key, Object arg) {
        return new java.text.MessageFormat(b.getString(key), Locale.ROOT).format(new Object[] {arg});
    }
}
