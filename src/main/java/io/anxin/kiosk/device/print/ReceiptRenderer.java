package io.anxin.kiosk.device.print;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Draws a {@link Receipt} as a black-and-white image as wide as the print head: 576 dots for
 * 80 mm paper, 384 for 58 mm (203 dpi). Type is large (body 28 px = 3.5 mm, acceptance number up
 * to 64 px) because the people who read it are mostly over 60. java.awt only, works headless.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
public final class ReceiptRenderer {

    /** Print-head width of an 80 mm printer at 203 dpi. */
    public static final int WIDTH_80MM = 576;
    /** Print-head width of a 58 mm printer at 203 dpi. */
    public static final int WIDTH_58MM = 384;

    static final String BUNDLE = "io.anxin.kiosk.i18n.receipt";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final float TITLE = 44f;
    private static final float HEADING = 32f;
    private static final float BODY = 28f;
    private static final float SMALL = 26f;
    private static final float NUMBER_MAX = 64f;
    private static final float NUMBER_MIN = 40f;
    private static final int BLACK_BELOW = 150;

    private final ReceiptFonts fonts;
    private final int width;
    private final int margin;

    public ReceiptRenderer(ReceiptFonts fonts, int width) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        if (width < 256 || width % 8 != 0) {
            throw new IllegalArgumentException("width must be a multiple of 8 and at least 256 dots, was " + width);
        }
        this.width = width;
        this.margin = Math.max(8, width / 36);
    }

    public int width() {
        return width;
    }

    /** The receipt as a {@code TYPE_BYTE_BINARY} image, {@link #width()} wide, as tall as it needs. */
    public BufferedImage render(Receipt receipt) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = prepare(scratch.createGraphics());
        int height = new Layout(measure, receipt).draw();
        measure.dispose();

        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = prepare(gray.createGraphics());
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        new Layout(g, receipt).draw();
        g.dispose();
        return threshold(gray);
    }

    private static Graphics2D prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    /** Anti-aliased grey to one bit per dot; the threshold leans dark so thin strokes survive thermal paper. */
    private static BufferedImage threshold(BufferedImage gray) {
        BufferedImage binary = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Raster in = gray.getRaster();
        WritableRaster out = binary.getRaster();
        int[] row = new int[gray.getWidth()];
        for (int y = 0; y < gray.getHeight(); y++) {
            in.getPixels(0, y, row.length, 1, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = row[x] < BLACK_BELOW ? 0 : 1;
            }
            out.setPixels(0, y, row.length, 1, row);
        }
        return binary;
    }

    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "zh".equals(locale.getLanguage()) ? Locale.ROOT : locale, NO_FALLBACK);
    }

    /** One pass over the receipt: measures when drawn on a 1x1 scratch image, paints otherwise. Returns the height. */
    private final class Layout {
        private final Graphics2D g;
        private final Receipt receipt;
        private final ResourceBundle labels;
        private final int inner = width - 2 * margin;
        private int y = 0;

        Layout(Graphics2D g, Receipt receipt) {
            this.g = g;
            this.receipt = receipt;
            this.labels = labels(receipt.locale());
        }

        int draw() {
            y = margin;
            centered(receipt.hallName(), fonts.bold(BODY));
            y += 8;
            centered(receipt.service(), titleFont(receipt.service()));
            y += 10;
            rule(4);
            if (receipt.hasSalutation()) {
                left(format("receipt.greeting", receipt.salutation()), fonts.regular(BODY), 0);
            }
            acceptanceNumber();
            String issued = DateTimeFormatter.ofPattern(labels.getString("format.date-time"), receipt.locale())
                    .format(receipt.issuedAt());
            left(format("receipt.issued-at", issued), fonts.regular(BODY), 0);
            left(format("receipt.id", receipt.maskedId()), fonts.regular(BODY), 0);
            if (!receipt.nextSteps().isEmpty()) {
                section("receipt.next-steps");
                receipt.nextSteps().forEach(step -> item(null, step));
            }
            if (!receipt.materials().isEmpty()) {
                section("receipt.materials");
                for (int i = 0; i < receipt.materials().size(); i++) {
                    item((i + 1) + ".", receipt.materials().get(i));
                }
            }
            if (receipt.completeAtWindow()) {
                windowNote();
            }
            y += 16;
            rule(2);
            qrCode();
            centered(format("receipt.phone", receipt.hallPhone()), fonts.bold(HEADING));
            if (!receipt.hallAddress().isEmpty()) {
                centered(receipt.hallAddress(), fonts.regular(SMALL));
            }
            y += 6;
            centered(labels.getString("receipt.keep"), fonts.regular(SMALL));
            return y + margin + 24;
        }

        private String format(String key, Object value) {
            return new MessageFormat(labels.getString(key), receipt.locale()).format(new Object[] {value});
        }

        private void acceptanceNumber() {
            y += 14;
            centered(labels.getString("receipt.acceptance-no"), fonts.bold(BODY));
            y += 4;
            Font font = fitted(receipt.acceptanceNo(), inner - 24);
            int top = y;
            y += 8;
            List<String> lines = List.of(receipt.acceptanceNo());
            if (font.getSize2D() < NUMBER_MIN) {
                font = fonts.bold(NUMBER_MIN);
                lines = breakAfterHyphens(receipt.acceptanceNo(), g.getFontMetrics(font), inner - 24);
            }
            for (String line : lines) {
                centered(line, font);
            }
            y += 8;
            g.setStroke(new BasicStroke(4f));
            g.drawRoundRect(margin + 2, top, inner - 4, y - top, 20, 20);
            y += 18;
        }

        /** Narrow paper: the number in pieces ending at a hyphen, so no digit group is split. */
        private List<String> breakAfterHyphens(String number, FontMetrics metrics, int available) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String piece : number.split("(?<=-)")) {
                if (line.length() > 0 && metrics.stringWidth(line + piece) > available) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
            }
            lines.add(line.toString());
            return lines;
        }

        /** The title on one line when a size between 36 and 44 px allows, wrapped at 44 otherwise. */
        private Font titleFont(String title) {
            for (float size = TITLE; size >= 36f; size -= 2f) {
                if (g.getFontMetrics(fonts.bold(size)).stringWidth(title) <= inner) {
                    return fonts.bold(size);
                }
            }
            return fonts.bold(TITLE);
        }

        private Font fitted(String text, int available) {
            for (float size = NUMBER_MAX; size > NUMBER_MIN; size -= 2f) {
                Font font = fonts.bold(size);
                if (g.getFontMetrics(font).stringWidth(text) <= available) {
                    return font;
                }
            }
            Font font = fonts.bold(NUMBER_MIN);
            return g.getFontMetrics(font).stringWidth(text) <= available ? font : fonts.bold(NUMBER_MIN - 1);
        }

        private void section(String key) {
            y += 18;
            left(labels.getString(key), fonts.bold(HEADING), 0);
            y += 2;
        }

        /** A list item with a hanging indent; a null marker draws a solid bullet (the font's • prints too small). */
        private void item(String marker, String text) {
            Font font = fonts.regular(BODY);
            FontMetrics metrics = g.getFontMetrics(font);
            int indent = metrics.stringWidth("00.") + 6;
            if (marker == null) {
                int dot = Math.round(BODY / 3);
                g.fillOval(margin + 4, y + metrics.getAscent() - Math.round(BODY * 0.45f) - dot / 2, dot, dot);
            } else {
                g.setFont(font);
                g.drawString(marker, margin, y + metrics.getAscent());
            }
            left(text, font, indent);
            y += 4;
        }

        private void windowNote() {
            y += 20;
            int top = y;
            int pad = 14;
            int textWidth = inner - 2 * pad;
            Font heading = fonts.bold(HEADING);
            Font body = fonts.regular(BODY);
            List<String> head = LineBreaker.wrap(labels.getString("receipt.complete-at-window"), g.getFontMetrics(heading), textWidth);
            List<String> detail = LineBreaker.wrap(labels.getString("receipt.complete-at-window.detail"), g.getFontMetrics(body), textWidth);
            int height = 2 * pad + head.size() * lineHeight(heading) + 6 + detail.size() * lineHeight(body);
            g.fillRoundRect(margin, top, inner, height, 16, 16);
            g.setColor(Color.WHITE);
            y = top + pad;
            for (String line : head) {
                text(line, heading, margin + pad);
            }
            y += 6;
            for (String line : detail) {
                text(line, body, margin + pad);
            }
            g.setColor(Color.BLACK);
            y = top + height;
        }

        private void qrCode() {
            BitMatrix modules = QrCodes.modules(receipt.acceptanceNo());
            int target = Math.min(280, width / 2);
            int module = Math.max(3, target / modules.getWidth());
            int size = module * modules.getWidth();
            int quiet = 4 * module;
            y += quiet;
            int left = (width - size) / 2;
            for (int my = 0; my < modules.getHeight(); my++) {
                for (int mx = 0; mx < modules.getWidth(); mx++) {
                    if (modules.get(mx, my)) {
                        g.fillRect(left + mx * module, y + my * module, module, module);
                    }
                }
            }
            y += size + quiet / 2;
            centered(labels.getString("receipt.qr-caption"), fonts.regular(SMALL));
            y += 18;
        }

        private void rule(int thickness) {
            g.fillRect(margin, y, inner, thickness);
            y += thickness + 12;
        }

        private void centered(String text, Font font) {
            FontMetrics metrics = g.getFontMetrics(font);
            for (String line : LineBreaker.wrap(text, metrics, inner)) {
                text(line, font, (width - metrics.stringWidth(line)) / 2);
            }
        }

        private void left(String text, Font font, int indent) {
            for (String line : LineBreaker.wrap(text, g.getFontMetrics(font), inner - indent)) {
                text(line, font, margin + indent);
            }
        }

        private void text(String line, Font font, int x) {
            g.setFont(font);
            g.drawString(line, x, y + g.getFontMetrics(font).getAscent());
            y += lineHeight(font);
        }

        private int lineHeight(Font font) {
            return Math.round(font.getSize2D() * 1.35f);
        }
    }
}
