package io.anxin.kiosk.device.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A printer behind a device file: {@code /dev/usb/lp0} (usblp) or a serial port such as
 * {@code /dev/ttyUSB0} set up beforehand (stty or udev). The file is never created: a missing
 * device is an {@code IOException} (the printer is unplugged), not a new regular file.
 *
 * <p>Reading status back is optional ({@code readBack}): many USB printers do not answer on
 * usblp, and a read from a silent device file would block, so reads poll {@code available()} and
 * give up after {@code timeout}.
 */
public final class DeviceFilePort implements PrinterPort {

    private final Path device;
    private final boolean readBack;
    private final Duration timeout;

    public DeviceFilePort(Path device, boolean readBack, Duration timeout) {
        this.device = Objects.requireNonNull(device, "device");
        this.readBack = readBack;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Connection open() throws IOException {
        OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE);
        InputStream in = null;
        if (readBack) {
            try {
                in = new PollingInputStream(Files.newInputStream(device), timeout);
            } catch (IOException e) {
                out.close();
                throw e;
            }
        }
        InputStream input = in;
        return new Connection() {
            @Override
            public OutputStream output() {
                return out;
            }

            @Override
            public Optional<InputStream> input() {
                return Optional.ofNullable(input);
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    if (input != null) {
                        input.close();
                    }
                }
            }
        };
    }

    @Override
    public String describe() {
        return device.toString();
    }

    /** Reads only what {@code available()} says is there, waiting at most the timeout for it. */
    private static final class PollingInputStream extends InputStream {
        private final InputStream in;
        private final Duration timeout;

        PollingInputStream(InputStream in, Duration timeout) {
            this.in = in;
            this.timeout = timeout;
        }

        @Override
        public int read() throws IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (in.available() <= 0) {
                if (System.nanoTime() - deadline > 0) {
                    throw new InterruptedIOException("no answer within " + timeout.toMillis() + " ms");
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the printer");
                }
            }
            return in.read();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
