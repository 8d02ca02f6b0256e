package io.anxin.kiosk.device.print;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Where ESC/POS bytes go: a device file ({@link DeviceFilePort}, e.g. {@code /dev/usb/lp0}) or a
 * network printer's raw port ({@link TcpPort}, 9100). The seam tests replace with a scripted
 * port. Not thread-safe: used from the printer thread only.
 */
public interface PrinterPort {

    /** Opens a connection for one job; an {@code IOException} means the printer is not reachable. */
    Connection open() throws IOException;

    /** Where it points, for messages and the technician screen: {@code /dev/usb/lp0}, {@code 192.168.1.50:9100}. */
    String describe();

    /** One open connection. Closing it closes both directions. */
    interface Connection extends Closeable {

        OutputStream output();

        /**
         * What the printer sends back (status answers), or empty when this port has no back
         * channel. A read that waits longer than the port's timeout throws
         * {@link java.io.InterruptedIOException} (a {@link java.net.SocketTimeoutException} for TCP).
         */
        Optional<InputStream> input();
    }
}
