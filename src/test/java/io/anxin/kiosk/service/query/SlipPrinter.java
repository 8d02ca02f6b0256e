package io.anxin.kiosk.service.query;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.device.print.ReceiptRenderer;

/** A printer that keeps the slips it is given (80 mm wide), or fails as a test tells it to. */
public final class SlipPrinter implements ReceiptPrinter {

    public final List<String> names = new CopyOnWriteArrayList<>();
    public final List<BufferedImage> images = new CopyOnWriteArrayList<>();
    public volatile PrinterFailure failure;

    @Override
    public void print(Receipt receipt) {
        throw new UnsupportedOperationException("slips only");
    }

    @Override
    public void printSlip(String name, BufferedImage image) {
        PrinterFailure f = failure;
        if (f != null) {
            throw new PrinterException(f, "scripted printer: " + f);
        }
        names.add(name);
        images.add(image);
    }

    @Override
    public int paperWidthDots() {
        return ReceiptRenderer.WIDTH_80MM;
    }

    @Override
    public PrinterStatus status() {
        return failure == null ? PrinterStatus.READY : PrinterStatus.OFFLINE;
    }
}
