package io.anxin.kiosk.device.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The printer of demo mode and tests: writes {@code <dir>/<acceptanceNo>.png} and
 * {@code <acceptanceNo>.pdf}, the PDF one page the size of the paper (the picture at 203 dpi, so
 * an 80 mm receipt is 72 mm wide). Chinese goes into the PDF as the rendered picture: the
 * bundled font is CFF, which PDFBox cannot embed. Each file is written to a temporary file in
 * the same folder and moved into place, so a reader never sees half a receipt. A folder that
 * cannot be made or written (or a full disk) is {@link PrinterFailure#FAILED} naming the path.
 * Not thread-safe: one printer thread.
 */
public final class FilePrinter implements ReceiptPrinter {

    /** Dots per inch of the print heads the renderer targets. */
    public static final float DPI = 203f;

    private final Path dir;
    private final ReceiptRenderer renderer;

    public FilePrinter(Path dir, ReceiptRenderer renderer) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The PNG a receipt is printed to. */
    public Path pngOf(String acceptanceNo) {
        return dir.resolve(acceptanceNo + ".png");
    }

    /** The PDF a receipt is printed to. */
    public Path pdfOf(String acceptanceNo) {
        return dir.resolve(acceptanceNo + ".pdf");
    }

    @Override
    public void print(Receipt receipt) {
        printSlip(receipt.acceptanceNo(), renderer.render(receipt));
    }

    @Override
    public void printSlip(String name, BufferedImage image) {
        if (name == null || !Receipt.ACCEPTANCE_NO.matcher(name).matches()) {
            throw new IllegalArgumentException("slip name must be letters, digits and inner hyphens, was " + name);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PrinterException(PrinterFailure.FAILED, "cannot create the receipt folder " + dir + ": " + e, e);
        }
        writeAtomically(pngOf(name), out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
        writeAtomically(pdfOf(name), out -> writePdf(image, out));
    }

    @Override
    public int paperWidthDots() {
        return renderer.width();
    }

    @Override
    public PrinterStatus status() {
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? PrinterStatus.READY : PrinterStatus.OFFLINE;
        }
        Path existing = dir.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing) ? PrinterStatus.READY : PrinterStatus.OFFLINE;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void writeAtomically(Path target, Content content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new PrinterException(PrinterFailure.FAILED, "cannot write " + target + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the folder is failing anyway; the caller reports the original error
            }
        }
    }

    private static void writePdf(BufferedImage image, OutputStream out) throws IOException {
        float width = image.getWidth() * 72f / DPI;
        float height = image.getHeight() * 72f / DPI;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, width, height);
            }
            document.save(out);
        }
    }
}
