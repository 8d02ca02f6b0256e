package io.anxin.kiosk.device.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePrinterTest {

    private static ReceiptRenderer renderer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void fonts() {
        renderer = new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM);
    }

    @Test
    void writesPngAndOnePagePdfNamedByAcceptanceNumberAndNoTemporaryFiles() throws Exception {
        Path dir = tmp.resolve("receipts");
        FilePrinter printer = new FilePrinter(dir, renderer);
        assertThat(printer.status()).isEqualTo(PrinterStatus.READY);

        printer.print(ExampleReceipts.chronicFiling());

        Path png = dir.resolve(ExampleReceipts.ACCEPTANCE_NO + ".png");
        Path pdf = dir.resolve(ExampleReceipts.ACCEPTANCE_NO + ".pdf");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(Qr.decode(image)).isEqualTo(ExampleReceipts.ACCEPTANCE_NO);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(576 * 72f / 203f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(box.getHeight()).isCloseTo(image.getHeight() * 72f / 203f, org.assertj.core.data.Offset.offset(0.01f));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(ExampleReceipts.ACCEPTANCE_NO + ".png", ExampleReceipts.ACCEPTANCE_NO + ".pdf");
        }
    }

    @Test
    void printingAgainReplacesTheFiles() throws Exception {
        FilePrinter printer = new FilePrinter(tmp, renderer);
        printer.print(ExampleReceipts.minimal("A1"));
        printer.print(ExampleReceipts.minimal("A1"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void anUnusableFolderFailsNamingThePath() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("occupied"), "a file where the folder should be");
        FilePrinter printer = new FilePrinter(notAFolder.resolve("receipts"), renderer);

        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThatThrownBy(() -> printer.print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PrinterFailure.FAILED);
                    assertThat(e.getMessage()).contains(notAFolder.resolve("receipts").toString());
                });
    }
}
