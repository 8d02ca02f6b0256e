package io.anxin.kiosk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where receipts go, from {@code printer.port}: {@code file} (PNG and PDF into
 * {@code <data.dir>/receipts}, the demo default), an absolute device path such as
 * {@code /dev/usb/lp0}, or {@code tcp:HOST:PORT} for a network printer's raw port.
 */
public sealed interface PrinterSetting {

    String EXPECTED = "file, an absolute device path such as /dev/usb/lp0, or tcp:HOST:PORT such as tcp:192.168.1.50:9100";

    /** The file printer into the data folder. */
    record File() implements PrinterSetting {
        @Override
        public String toString() {
            return "file";
        }
    }

    /** An ESC/POS printer behind a device file. */
    record Device(Path path) implements PrinterSetting {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** An ESC/POS printer on the network. */
    record Tcp(String host, int port) implements PrinterSetting {
        @Override
        public String toString() {
            return "tcp:" + host + ":" + port;
        }
    }

    /** The host is a name, IPv4 address or a bracketed IPv6 address. */
    Pattern TCP = Pattern.compile("tcp:(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):(\\d{1,5})");

    /** Parses a value of {@code printer.port}; null when it is not one ({@link #EXPECTED} says what is). */
    static PrinterSetting parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.equals("file")) {
            return new File();
        }
        if (v.toLowerCase(Locale.ROOT).startsWith("tcp:")) {
            Matcher m = TCP.matcher(v);
            if (!m.matches()) {
                return null;
            }
            int port = Integer.parseInt(m.group(2));
            return port >= 1 && port <= 65535 ? new Tcp(m.group(1), port) : null;
        }
        if (v.startsWith("/") && !v.endsWith("/") && !v.contains("..")) {
            return new Device(Path.of(v));
        }
        return null;
    }
}
