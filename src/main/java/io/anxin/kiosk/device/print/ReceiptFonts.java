package io.anxin.kiosk.device.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The two faces a receipt uses. {@link #bundled()} loads the OFL font that travels in the jar
 * (assets/fonts, CFF-flavoured OpenType: the JDK's font scaler reads it through
 * {@code Font.TRUETYPE_FONT}), so a receipt never depends on the fonts a machine has installed.
 * Loading takes about a second: the composition root loads it once and shares it. Immutable.
 */
public final class ReceiptFonts {

    static final String REGULAR = "/io/anxin/kiosk/fonts/AnxinSansSC-Regular.otf";
    static final String BOLD = "/io/anxin/kiosk/fonts/AnxinSansSC-Bold.otf";

    private final Font regular;
    private final Font bold;

    public ReceiptFonts(Font regular, Font bold) {
        this.regular = Objects.requireNonNull(regular, "regular");
        this.bold = Objects.requireNonNull(bold, "bold");
    }

    /** Loads the bundled Anxin Sans SC faces from the class path. */
    public static ReceiptFonts bundled() {
        return new ReceiptFonts(load(REGULAR), load(BOLD));
    }

    private static Font load(String resource) {
        try (InputStream in = ReceiptFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PrinterException(PrinterFailure.FAILED, "receipt font missing from the class path: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new PrinterException(PrinterFailure.FAILED, "receipt font cannot be loaded: " + resource, e);
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        return bold.deriveFont(Font.PLAIN, size);
    }
}
