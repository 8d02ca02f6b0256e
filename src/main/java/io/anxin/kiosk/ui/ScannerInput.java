package io.anxin.kiosk.ui;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells a QR scanner that types like a keyboard from a person at a keyboard by key timing: a scanner
 * sends many characters a few milliseconds apart and ends with Enter. Anything slower, shorter or
 * without Enter is dropped. The token goes to the sink and is not kept. FX thread only.
 */
public final class ScannerInput {

    static final long MAX_GAP_NANOS = 60_000_000L;
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 512;

    private final LongSupplier nanoTime;
    private final StringBuilder buffer = new StringBuilder();
    private long lastKey;
    private Consumer<String> sink;

    public ScannerInput(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Where scanned tokens go now; null while no identify screen is shown (scans are then ignored). */
    public void setSink(Consumer<String> sink) {
        this.sink = sink;
        clear();
    }

    /** A typed character; {@code '\r'} or {@code '\n'} ends a scan. */
    public void typed(char c) {
        long now = nanoTime.getAsLong();
        if (buffer.length() > 0 && now - lastKey > MAX_GAP_NANOS) {
            clear();
        }
        lastKey = now;
        if (c == '\r' || c == '\n') {
            if (buffer.length() >= MIN_LENGTH && sink != null) {
                String token = buffer.toString();
                clear();
                sink.accept(token);
            }
            clear();
            return;
        }
        if (c >= ' ' && c != 127 && buffer.length() < MAX_LENGTH) {
            buffer.append(c);
        }
    }

    private void clear() {
        buffer.setLength(0);
    }
}
