package io.anxin.kiosk.device.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;

/**
 * A thermal receipt printer that speaks ESC/POS. The receipt is printed as one picture (so
 * Chinese needs no printer code page): ESC @, the image as GS v 0 raster bands of at most
 * {@value #BAND_ROWS} rows (small printers choke on one huge raster), ESC d to feed the last
 * lines past the cutter, GS V 1 partial cut (the receipt hangs until it is taken).
 *
 * <p>Before sending anything it asks the printer's status (DLE EOT) when the port can read back:
 * paper out, cover open or offline throw without printing. A port that cannot be opened, or
 * breaks mid-job, is {@link PrinterFailure#OFFLINE}. Not thread-safe: one printer thread.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    static final int BAND_ROWS = 240;
    static final int FEED_LINES = 5;

    private final PrinterPort port;
    private final ReceiptRenderer renderer;

    public EscPosReceiptPrinter(PrinterPort port, ReceiptRenderer renderer) {
        this.port = Objects.requireNonNull(port, "port");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void print(Receipt receipt) {
        printSlip(receipt.acceptanceNo(), renderer.render(receipt));
    }

    @Override
    public int paperWidthDots() {
        return renderer.width();
    }

    @Override
    public void printSlip(String name, BufferedImage image) {
        try (PrinterPort.Connection connection = open()) {
            PrinterStatus status = status(connection);
            if (!status.canPrint()) {
                throw new PrinterException(failureFor(status), port.describe() + " reports " + status + "; nothing sent");
            }
            EscPos escpos = new EscPos(connection.output());
            escpos.initializePrinter();
            RasterBitImageWrapper raster = new RasterBitImageWrapper();
            for (int top = 0; top < image.getHeight(); top += BAND_ROWS) {
                BufferedImage band = image.getSubimage(0, top, image.getWidth(), Math.min(BAND_ROWS, image.getHeight() - top));
                escpos.write(raster, new EscPosImage(new CoffeeImageImpl(band), new BitonalThreshold()));
            }
            escpos.write(0x1B).write('d').write(FEED_LINES);
            escpos.cut(EscPos.CutMode.PART);
            escpos.flush();
        } catch (IOException e) {
            throw new PrinterException(PrinterFailure.OFFLINE, "lost " + port.describe() + " while printing " + name, e);
        }
    }

    @Override
    public PrinterStatus status() {
        try (PrinterPort.Connection connection = port.open()) {
            return status(connection);
        } catch (IOException e) {
            return PrinterStatus.OFFLINE;
        }
    }

    private PrinterPort.Connection open() {
        try {
            return port.open();
        } catch (IOException e) {
            throw new PrinterException(PrinterFailure.OFFLINE, "cannot open " + port.describe() + ": " + e.getMessage(), e);
        }
    }

    private static PrinterStatus status(PrinterPort.Connection connection) throws IOException {
        return connection.input().isPresent()
                ? EscPosStatus.query(connection.output(), connection.input().get())
                : PrinterStatus.UNKNOWN;
    }

    static PrinterFailure failureFor(PrinterStatus status) {
        return switch (status) {
            case PAPER_OUT -> PrinterFailure.PAPER_OUT;
            case COVER_OPEN -> PrinterFailure.COVER_OPEN;
            case OFFLINE -> PrinterFailure.OFFLINE;
            default -> PrinterFailure.FAILED;
        };
    }
}
