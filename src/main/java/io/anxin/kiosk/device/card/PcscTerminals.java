package io.anxin.kiosk.device.card;

import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The real PC/SC terminal list for {@link CardReaders}.
 *
 * <p>Known limit of JDK 17's provider: it keeps one PC/SC context for the whole JVM. If pcscd is
 * missing at start-up, a later call succeeds once it runs; if pcscd restarts while the kiosk runs,
 * the old context may stay invalid and only a restart of the kiosk recovers the readers.
 */
public final class PcscTerminals {

    private PcscTerminals() {
    }

    /**
     * A supplier that asks for a new {@code PC/SC} {@link TerminalFactory} on every call and throws
     * {@link IllegalStateException} when the service cannot be reached (no pcscd, no libpcsclite).
     */
    public static Supplier<CardTerminals> fresh() {
        return () -> {
            try {
                return TerminalFactory.getInstance("PC/SC", null).terminals();
            } catch (NoSuchAlgorithmException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new IllegalStateException("PC/SC not available: " + cause.getMessage(), e);
            }
        };
    }
}
