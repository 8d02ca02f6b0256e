package io.anxin.kiosk.device.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A network printer's raw port (JetDirect, usually 9100). Connect and read both time out. */
public final class TcpPort implements PrinterPort {

    public static final int RAW_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration timeout;

    public TcpPort(String host, int port, Duration timeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, was " + port);
        }
        this.port = port;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            return new Connection() {
                @Override
                public OutputStream output() {
                    return out;
                }

                @Override
                public Optional<InputStream> input() {
                    return Optional.of(in);
                }

                @Override
                public void close() throws IOException {
                    socket.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }
}
