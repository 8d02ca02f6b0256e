package io.anxin.kiosk.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReceiptRendererTest {

    private static ReceiptFonts fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = ReceiptFonts.bundled();
    }

    @Test
    void rendersTheExampleAt80mmAndSavesItForPeopleToLookAt() throws Exception {
        BufferedImage image = new ReceiptRenderer(fonts, ReceiptRenderer.WIDTH_80MM).render(ExampleReceipts.chronicFiling());

        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(blackFraction(image)).isBetween(0.03, 0.5);
        Path out = Path.of("target", "receipts");
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve("example.png").toFile());
    }

    @Test
    void qrCodeReadsBackAsTheAcceptanceNumberOnBothPaperWidths() throws Exception {
        for (int width : new int[] {ReceiptRenderer.WIDTH_80MM, ReceiptRenderer.WIDTH_58MM}) {
            BufferedImage image = new ReceiptRenderer(fonts, width).render(ExampleReceipts.chronicFiling());
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(Qr.decode(image)).isEqualTo(ExampleReceipts.ACCEPTANCE_NO);
            Files.createDirectories(Path.of("target", "receipts"));
            ImageIO.write(image, "png", Path.of("target", "receipts", "example-" + width + ".png").toFile());
        }
    }

    @Test
    void englishAndMinimalReceiptsRender() throws Exception {
        ReceiptRenderer renderer = new ReceiptRenderer(fonts, ReceiptRenderer.WIDTH_80MM);
        BufferedImage english = renderer.render(ExampleReceipts.english());
        BufferedImage minimal = renderer.render(ExampleReceipts.minimal("A1"));
        ImageIO.write(english, "png", Path.of("target", "receipts", "example-en.png").toFile());

        assertThat(Qr.decode(english)).isEqualTo(ExampleReceipts.ACCEPTANCE_NO);
        assertThat(Qr.decode(minimal)).isEqualTo("A1");
        assertThat(minimal.getHeight()).isLessThan(renderer.render(ExampleReceipts.chronicFiling()).getHeight());
    }

    static double blackFraction(BufferedImage image) {
        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    black++;
                }
            }
        }
        return (double) black / (image.getWidth() * (long) image.getHeight());
    }
}
