package io.anxin.kiosk.device.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EscPosReceiptPrinterTest {

    private static final byte[] STATUS_QUERIES = {0x10, 0x04, 0x01, 0x10, 0x04, 0x04};
    private static final byte[] INIT = {0x1B, 0x40};
    private static final byte[] FEED_AND_CUT = {0x1B, 0x64, 0x05, 0x1D, 0x56, 0x31};

    private static ReceiptRenderer renderer;
    private static BufferedImage image;

    @BeforeAll
    static void render() {
        renderer = new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM);
        image = renderer.render(ExampleReceipts.chronicFiling());
    }

    @Test
    void printsStatusQueriesInitRasterBandsFeedAndCutByteForByte() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().healthy();

        new EscPosReceiptPrinter(port, renderer).print(ExampleReceipts.chronicFiling());

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(STATUS_QUERIES);
        expected.writeBytes(INIT);
        for (int top = 0; top < image.getHeight(); top += 240) {
            int rows = Math.min(240, image.getHeight() - top);
            expected.writeBytes(new byte[] {0x1B, 0x61, 0x30}); // ESC a 0: left (the raster is full width)
            expected.writeBytes(new byte[] {0x1D, 0x76, 0x30, 0x00, 72, 0x00, (byte) rows, (byte) (rows >> 8)});
            expected.writeBytes(rasterBits(image, top, rows));
        }
        expected.writeBytes(FEED_AND_CUT);
        assertThat(port.sent()).isEqualTo(expected.toByteArray());
        assertThat(port.closed()).isEqualTo(port.opened()).isEqualTo(1);
    }

    @Test
    void firstBandHeaderIs576DotsBy240Rows() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().healthy();
        new EscPosReceiptPrinter(port, renderer).print(ExampleReceipts.chronicFiling());

        byte[] header = Arrays.copyOfRange(port.sent(), STATUS_QUERIES.length + INIT.length + 3, STATUS_QUERIES.length + INIT.length + 11);
        assertThat(header).containsExactly(0x1D, 0x76, 0x30, 0x00, 0x48, 0x00, 0xF0, 0x00);
        byte[] sent = port.sent();
        assertThat(Arrays.copyOfRange(sent, sent.length - 6, sent.length)).isEqualTo(FEED_AND_CUT);
    }

    @Test
    void paperOutThrowsAndPrintsNothing() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().answer(1, 0x12).answer(4, 0x12 | 0x60);
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter(port, renderer);

        assertThatThrownBy(() -> printer.print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.kind()).isEqualTo(PrinterFailure.PAPER_OUT));
        assertThat(port.sent()).isEqualTo(STATUS_QUERIES);
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
    }

    @Test
    void offlineBecauseOfCoverOrPaperEndIsToldApart() {
        ScriptedPrinterPort cover = new ScriptedPrinterPort().answer(1, 0x12 | 0x08).answer(2, 0x12 | 0x04);
        assertThatThrownBy(() -> new EscPosReceiptPrinter(cover, renderer).print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.kind()).isEqualTo(PrinterFailure.COVER_OPEN));
        assertThat(cover.sent()).containsExactly(0x10, 0x04, 0x01, 0x10, 0x04, 0x02);

        ScriptedPrinterPort paperEnd = new ScriptedPrinterPort().answer(1, 0x12 | 0x08).answer(2, 0x12 | 0x20);
        assertThat(new EscPosReceiptPrinter(paperEnd, renderer).status()).isEqualTo(PrinterStatus.PAPER_OUT);

        ScriptedPrinterPort other = new ScriptedPrinterPort().answer(1, 0x12 | 0x08).answer(2, 0x12 | 0x40);
        assertThatThrownBy(() -> new EscPosReceiptPrinter(other, renderer).print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.kind()).isEqualTo(PrinterFailure.OFFLINE));
    }

    @Test
    void paperNearEndStillPrints() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().answer(1, 0x12).answer(4, 0x12 | 0x0C);
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter(port, renderer);
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_LOW);

        printer.print(ExampleReceipts.chronicFiling());
        byte[] sent = port.sent();
        assertThat(Arrays.copyOfRange(sent, sent.length - 6, sent.length)).isEqualTo(FEED_AND_CUT);
    }

    @Test
    void aPortThatCannotOpenIsOffline() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().refusingToOpen();
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter(port, renderer);

        assertThatThrownBy(() -> printer.print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PrinterFailure.OFFLINE);
                    assertThat(e.getMessage()).contains("scripted").doesNotContain(ExampleReceipts.FULL_ID);
                });
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aPortThatBreaksMidJobIsOfflineAndClosed() {
        ScriptedPrinterPort port = new ScriptedPrinterPort().healthy().breakingAfter(2000);

        assertThatThrownBy(() -> new EscPosReceiptPrinter(port, renderer).print(ExampleReceipts.chronicFiling()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.kind()).isEqualTo(PrinterFailure.OFFLINE));
        assertThat(port.closed()).isEqualTo(1);
    }

    @Test
    void withoutBackChannelOrAnswerItPrintsBlind() {
        ScriptedPrinterPort blind = new ScriptedPrinterPort().withoutBackChannel();
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter(blind, renderer);
        assertThat(printer.status()).isEqualTo(PrinterStatus.UNKNOWN);
        printer.print(ExampleReceipts.chronicFiling());
        assertThat(Arrays.copyOfRange(blind.sent(), 0, 2)).isEqualTo(INIT);

        ScriptedPrinterPort silent = new ScriptedPrinterPort();
        new EscPosReceiptPrinter(silent, renderer).print(ExampleReceipts.chronicFiling());
        assertThat(Arrays.copyOfRange(silent.sent(), 0, 5)).containsExactly(0x10, 0x04, 0x01, 0x1B, 0x40);

        ScriptedPrinterPort garbage = new ScriptedPrinterPort().answer(1, 0xFF);
        assertThat(new EscPosReceiptPrinter(garbage, renderer).status()).isEqualTo(PrinterStatus.UNKNOWN);
    }

    /** GS v 0 data: one bit per dot, most significant bit leftmost, 1 = black. */
    private static byte[] rasterBits(BufferedImage image, int top, int rows) {
        int bytesPerRow = image.getWidth() / 8;
        byte[] bits = new byte[bytesPerRow * rows];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, top + y) & 0xFFFFFF) == 0) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return bits;
    }
}
