package io.anxin.kiosk.device.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A printer port for tests: records every byte sent, answers DLE EOT n with the scripted status
 * byte for n (no script for n: the read times out), and can refuse to open or break mid-job.
 */
final class ScriptedPrinterPort implements PrinterPort {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final Map<Integer, Integer> answers = new HashMap<>();
    private boolean backChannel = true;
    private boolean refuseOpen;
    private int breakAfterBytes = -1;
    private int opened;
    private int closed;

    ScriptedPrinterPort answer(int n, int statusByte) {
        answers.put(n, statusByte);
        return this;
    }

    /** Online, cover shut, paper present. */
    ScriptedPrinterPort healthy() {
        return answer(1, 0x12).answer(2, 0x12).answer(4, 0x12);
    }

    ScriptedPrinterPort withoutBackChannel() {
        backChannel = false;
        return this;
    }

    ScriptedPrinterPort refusingToOpen() {
        refuseOpen = true;
        return this;
    }

    ScriptedPrinterPort breakingAfter(int bytes) {
        breakAfterBytes = bytes;
        return this;
    }

    byte[] sent() {
        return sent.toByteArray();
    }

    int opened() {
        return opened;
    }

    int closed() {
        return closed;
    }

    @Override
    public Connection open() throws IOException {
        if (refuseOpen) {
            throw new java.nio.file.NoSuchFileException("/dev/usb/lp0");
        }
        opened++;
        Deque<Integer> pending = new ArrayDeque<>();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (breakAfterBytes >= 0 && sent.size() >= breakAfterBytes) {
                    throw new IOException("No such device");
                }
                sent.write(b);
                byte[] all = sent.toByteArray();
                int n = all.length;
                if (n >= 3 && all[n - 3] == 0x10 && all[n - 2] == 0x04 && answers.containsKey(all[n - 1] & 0xFF)) {
                    pending.add(answers.get(all[n - 1] & 0xFF));
                }
            }
        };
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                if (pending.isEmpty()) {
                    throw new SocketTimeoutException("Read timed out");
                }
                return pending.poll();
            }
        };
        return new Connection() {
            @Override
            public OutputStream output() {
                return out;
            }

            @Override
            public Optional<InputStream> input() {
                return backChannel ? Optional.of(in) : Optional.empty();
            }

            @Override
            public void close() {
                closed++;
            }
        };
    }

    @Override
    public String describe() {
        return "scripted";
    }
}
