package io.anxin.kiosk.ui.support;

import java.awt.image.BufferedImage;

import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptPrinter;

/** The real file printer, or, while {@link #failWith} is set, a printer failing with that kind (as a real one would, before sending anything). */
public final class SwitchablePrinter implements ReceiptPrinter {

    private final ReceiptPrinter real;
    /** The failure the next jobs meet; null prints for real. */
    public volatile PrinterFailure failWith;

    public SwitchablePrinter(ReceiptPrinter real) {
        this.real = real;
    }

    @Override
    public void print(Receipt receipt) {
        failIfSet(receipt.acceptanceNo());
        real.print(receipt);
    }

    @Override
    public void printSlip(String name, BufferedImage image) {
        failIfSet(name);
        real.printSlip(name, image);
    }

    private void failIfSet(String name) {
        PrinterFailure f = failWith;
        if (f != null) {
            throw new PrinterException(f, "test printer reports " + f + "; nothing sent for " + name);
        }
    }

    @Override
    public int paperWidthDots() {
        return real.paperWidthDots();
    }

    @Override
    public PrinterStatus status() {
        return failWith == null ? real.status() : PrinterStatus.OFFLINE;
    }
}
