package io.anxin.kiosk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One newline-terminated UTF-8 line each way over a control socket connection, with time limits. */
final class ControlLines {

    private ControlLines() {
    }

    /**
     * The line without its {@code \n}, or null when it is longer than {@code maxBytes}, the peer
     * closes before the newline, or {@code timeout} passes first. Leaves the channel non-blocking.
     */
    static String read(SocketChannel channel, int maxBytes, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
                selector.selectedKeys().clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    return null;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        return line.toString(StandardCharsets.UTF_8);
                    }
                    if (line.size() >= maxBytes) {
                        return null;
                    }
                    line.write(b);
                }
                buffer.clear();
            }
        }
    }

    /** Writes {@code text} and a newline, or throws when the peer does not take it within {@code timeout}. */
    static void write(SocketChannel channel, String text, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer buffer = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_WRITE);
            while (buffer.hasRemaining()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("peer did not read within " + timeout.toSeconds() + " s");
                }
                selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
                selector.selectedKeys().clear();
                channel.write(buffer);
            }
        }
    }
}
