package io.anxin.kiosk.app;

import java.time.Duration;

import io.anxin.kiosk.device.print.DeviceFilePort;
import io.anxin.kiosk.device.print.EscPosReceiptPrinter;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.device.print.TcpPort;

/** Chooses the receipt printer from {@code printer.port}, here and nowhere else. */
public final class PrinterSetup {

    /** How long a status read waits: many USB printers never answer DLE EOT, and then the job is sent anyway. */
    static final Duration STATUS_TIMEOUT = Duration.ofMillis(500);
    /** Connect and read time-out of a network printer. */
    static final Duration TCP_TIMEOUT = Duration.ofSeconds(3);

    private PrinterSetup() {
    }

    /** The printer for this configuration; 80 mm paper. Nothing is opened yet. */
    public static ReceiptPrinter printer(KioskConfig config) {
        ReceiptRenderer renderer = new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM);
        PrinterSetting setting = config.printerPort();
        if (setting instanceof PrinterSetting.Device d) {
            return new EscPosReceiptPrinter(new DeviceFilePort(d.path(), true, STATUS_TIMEOUT), renderer);
        }
        if (setting instanceof PrinterSetting.Tcp t) {
            String host = t.host().startsWith("[") ? t.host().substring(1, t.host().length() - 1) : t.host();
            return new EscPosReceiptPrinter(new TcpPort(host, t.port(), TCP_TIMEOUT), renderer);
        }
        return new FilePrinter(config.receiptDir(), renderer);
    }

    /**
     * The same printer, built on first use: the receipt fonts take a moment to load, and the first
     * frame of the kiosk should not wait for them. Receipts, certificates and queue tickets share this
     * one object: every call holds its lock, so one slip is written to the device at a time.
     */
    static ReceiptPrinter lazy(KioskConfig config) {
        return new ReceiptPrinter() {
            private ReceiptPrinter built;

            private synchronized ReceiptPrinter printer() {
                if (built == null) {
                    built = PrinterSetup.printer(config);
                }
                return built;
            }

            @Override
            public synchronized void print(io.anxin.kiosk.device.print.Receipt receipt) {
                printer().print(receipt);
            }

            @Override
            public synchronized void printSlip(String name, java.awt.image.BufferedImage image) {
                printer().printSlip(name, image);
            }

            @Override
            public synchronized int paperWidthDots() {
                return printer().paperWidthDots();
            }

            @Override
            public synchronized io.anxin.kiosk.device.print.PrinterStatus status() {
                return printer().status();
            }
        };
    }

    /** Where the printer is, for the technician: the receipt folder, the device or host:port. */
    public static String describe(KioskConfig config) {
        PrinterSetting setting = config.printerPort();
        return setting instanceof PrinterSetting.File ? "file printer into " + config.receiptDir() : setting.toString();
    }
}
