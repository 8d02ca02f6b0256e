package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.anxin.kiosk.device.print.EscPosReceiptPrinter;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.ReceiptPrinter;

/** {@code printer.port}: validated like every key, and the printer the composition root builds from it. */
class PrinterConfigTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of(), "/home/resident");

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
        return loader.load(dir);
    }

    @Test
    void theDefaultIsTheFilePrinterIntoTheDataFolder() throws IOException {
        KioskConfig c = load("data.dir=data\n");
        assertThat(c.printerPort()).isEqualTo(new PrinterSetting.File());
        assertThat(c.receiptDir()).isEqualTo(dir.resolve("data").resolve("receipts").toAbsolutePath().normalize());
        ReceiptPrinter p = PrinterSetup.printer(c);
        assertThat(p).isInstanceOf(FilePrinter.class);
        assertThat(((FilePrinter) p).pngOf("A-1")).isEqualTo(c.receiptDir().resolve("A-1.png"));
        assertThat(PrinterSetup.describe(c)).contains(c.receiptDir().toString());
        assertThat(loader.load(Path.of("kiosk-config")).printerPort()).isEqualTo(new PrinterSetting.File());
    }

    @Test
    void aDevicePathAndATcpAddressAreEscPosPrinters() throws IOException {
        KioskConfig usb = load("printer.port=/dev/usb/lp0\n");
        assertThat(usb.printerPort()).isEqualTo(new PrinterSetting.Device(Path.of("/dev/usb/lp0")));
        assertThat(PrinterSetup.printer(usb)).isInstanceOf(EscPosReceiptPrinter.class);
        KioskConfig tcp = load("printer.port=tcp:192.168.1.50:9100\n");
        assertThat(tcp.printerPort()).isEqualTo(new PrinterSetting.Tcp("192.168.1.50", 9100));
        assertThat(PrinterSetup.describe(tcp)).isEqualTo("tcp:192.168.1.50:9100");
        assertThat(load("printer.port=tcp:[::1]:9100\n").printerPort()).isEqualTo(new PrinterSetting.Tcp("[::1]", 9100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usb", "lp0", "dev/usb/lp0", "/dev/usb/", "/dev/../etc/passwd", "tcp:", "tcp:host",
            "tcp:host:0", "tcp:host:65536", "tcp:ho st:9100", "tcp::9100", "FILE"})
    void aBadValueNamesFileLineKeyValueAndWhatIsExpected(String value) {
        assertThatThrownBy(() -> load("# receipts\nprinter.port=" + value + "\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0))
                            .contains("kiosk.properties:2: printer.port='" + value + "' is not valid: expected file, an absolute device path")
                            .contains("tcp:HOST:PORT");
                });
    }

    @Test
    void aMissingDeviceIsOfflineAndAnUnwritableFolderTooButAWritableOneIsReady() throws IOException {
        KioskConfig missing = load("printer.port=" + dir.resolve("no-such-lp0") + "\n");
        assertThat(PrinterSetup.printer(missing).status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(dir.resolve("no-such-lp0")).doesNotExist();

        KioskConfig files = load("data.dir=data\n");
        assertThat(PrinterSetup.printer(files).status()).isEqualTo(PrinterStatus.READY);
        Files.writeString(dir.resolve("blocked"), "a file where the data folder should be");
        KioskConfig blocked = load("data.dir=blocked\n");
        assertThat(PrinterSetup.printer(blocked).status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aNetworkPrinterThatAnswersNothingIsTriedAnywayAndAClosedPortIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        KioskConfig closed = load("printer.port=tcp:127.0.0.1:" + closedPort + "\n");
        assertThat(PrinterSetup.printer(closed).status()).isEqualTo(PrinterStatus.OFFLINE);

        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            KioskConfig quiet = load("printer.port=tcp:127.0.0.1:" + silent.getLocalPort() + "\n");
            // it connects (the backlog accepts) but never answers DLE EOT: status unknown, a job is still sent
            assertThat(PrinterSetup.printer(quiet).status()).isEqualTo(PrinterStatus.UNKNOWN);
        }
    }
}
