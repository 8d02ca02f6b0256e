package io.anxin.kiosk.device.print;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * Real-time status over ESC/POS: DLE EOT n (10 04 n). n=1 printer status (bit 3: offline);
 * when offline, n=2 says why (bit 2: cover open, bit 5: stopped at paper end); n=4 the roll
 * sensor (bits 2-3: near end, bits 5-6: paper end). Every answer has bits 1 and 4 set and bits 0
 * and 7 clear; anything else, or no answer, is {@link PrinterStatus#UNKNOWN}. Stateless.
 */
final class EscPosStatus {

    static final int DLE = 0x10;
    static final int EOT = 0x04;

    private EscPosStatus() {
    }

    static PrinterStatus query(OutputStream out, InputStream in) throws IOException {
        try {
            int printer = ask(out, in, 1);
            if ((printer & 0x08) != 0) {
                int cause = ask(out, in, 2);
                if ((cause & 0x04) != 0) {
                    return PrinterStatus.COVER_OPEN;
                }
                return (cause & 0x20) != 0 ? PrinterStatus.PAPER_OUT : PrinterStatus.OFFLINE;
            }
            int paper = ask(out, in, 4);
            if ((paper & 0x60) != 0) {
                return PrinterStatus.PAPER_OUT;
            }
            return (paper & 0x0C) != 0 ? PrinterStatus.PAPER_LOW : PrinterStatus.READY;
        } catch (InterruptedIOException | EOFException | UnexpectedAnswer e) {
            return PrinterStatus.UNKNOWN;
        }
    }

    private static int ask(OutputStream out, InputStream in, int n) throws IOException {
        out.write(new byte[] {DLE, EOT, (byte) n});
        out.flush();
        int answer = in.read();
        if (answer < 0) {
            throw new EOFException("printer closed the connection");
        }
        if ((answer & 0x93) != 0x12) {
            throw new UnexpectedAnswer();
        }
        return answer;
    }

    private static final class UnexpectedAnswer extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
