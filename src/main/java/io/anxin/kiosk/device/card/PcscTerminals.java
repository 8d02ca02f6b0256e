package io.anxin.kiosk.device.card;

import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PC/SC terminal list for {@link CardReaders}.
 *
 * <p>Why this is more than {@code TerminalFactory.getInstance("PC/SC", null).terminals()}: JDK 17's
 * provider ({@code sun.security.smartcardio.PCSCTerminals}) establishes ONE PC/SC context for the
 * whole JVM and keeps it in the static field {@code contextId}; {@code initContext()} only
 * establishes a new one while that field is 0. When pcscd restarts, the old context is dead for
 * good: every call, even through a new factory, fails with {@code SCARD_E_NO_SERVICE} (observed with
 * pcsc-lite 1.9.9) until the JVM restarts. So when the probe {@code list()} of a fresh list fails
 * with a "service gone" code, {@link #fresh()} sets {@code contextId} back to 0 and clears the
 * provider's static cache of terminals (each holds the context it was made with); the next factory
 * then establishes a new context as soon as pcscd runs again. The dead context is not released (the
 * provider has no call for it); that is one handle per pcscd restart.
 *
 * <p>The reset needs {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED}; the
 * kiosk jar's manifest carries {@code Add-Opens: java.smartcardio/sun.security.smartcardio}, which
 * {@code java -jar} honours. Without it (another launch, another JDK) each supplier logs one warning
 * and throws {@link RestartRequiredException}, so the technician is told to restart the kiosk; it
 * never crashes.
 */
public final class PcscTerminals {

    private static final Logger LOG = LoggerFactory.getLogger(PcscTerminals.class);

    /** What the technician is told when this JVM cannot reconnect to a restarted pcscd. */
    public static final String RESTART_NEEDED = "PC/SC service restarted; restart the kiosk to use the reader";

    private static final String PROVIDER_CLASS = "sun.security.smartcardio.PCSCTerminals";

    private PcscTerminals() {
    }

    /**
     * The service went away and this JVM cannot reconnect to it until the kiosk restarts (the
     * provider's context could not be reset). The message is {@link #RESTART_NEEDED} and the code.
     */
    public static final class RestartRequiredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        RestartRequiredException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A supplier that asks for a new {@code PC/SC} {@link TerminalFactory} on every call, checks the
     * provider's context with one {@code list()}, and resets that context when it is dead (see the
     * class comment). Throws {@link IllegalStateException} when the service cannot be reached (no
     * pcscd, no libpcsclite), and {@link RestartRequiredException} when the context is dead and
     * cannot be reset.
     */
    public static Supplier<CardTerminals> fresh() {
        AtomicBoolean resetUnavailableLogged = new AtomicBoolean();
        return () -> {
            CardTerminals terminals = open();
            try {
                terminals.list();
                return terminals;
            } catch (CardException e) {
                String code = code(e);
                if (!serviceGone(code)) {
                    return terminals;   // some other trouble: let CardReaders see it on its own list()
                }
                resetContext(code, e, resetUnavailableLogged);
                return open();
            }
        };
    }

    private static CardTerminals open() {
        try {
            return TerminalFactory.getInstance("PC/SC", null).terminals();
        } catch (NoSuchAlgorithmException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("PC/SC not available: " + cause.getMessage(), e);
        }
    }

    /** The PC/SC code of a provider failure: the cause's message ({@code SCARD_E_...}), else the message. */
    static String code(CardException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    /** Codes meaning the context no longer reaches a running pcscd. */
    static boolean serviceGone(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return upper.contains("SCARD_E_NO_SERVICE") || upper.contains("SCARD_E_SERVICE_STOPPED")
                || upper.contains("SCARD_E_INVALID_HANDLE");
    }

    /** Drops the provider's JVM-wide context so the next factory establishes a new one. */
    private static void resetContext(String code, CardException failure, AtomicBoolean unavailableLogged) {
        try {
            Class<?> provider = Class.forName(PROVIDER_CLASS, false, TerminalFactory.class.getClassLoader());
            Field contextId = provider.getDeclaredField("contextId");
            Field cache = provider.getDeclaredField("terminals");
            contextId.setAccessible(true);
            cache.setAccessible(true);
            // initContext() and implGetTerminal() are static synchronized: hold the same lock
            synchronized (provider) {
                long dead = contextId.getLong(null);
                contextId.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
                LOG.info("PC/SC context {} is dead ({}); a new one is established when pcscd runs", dead, code);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // RuntimeException: InaccessibleObjectException without --add-opens, or another JDK's layout
            if (unavailableLogged.compareAndSet(false, true)) {
                LOG.warn("{} ({}): cannot reset the JDK's PC/SC context ({}); launch with "
                        + "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED or java -jar the kiosk jar",
                        RESTART_NEEDED, code, e.toString());
            }
            throw new RestartRequiredException(RESTART_NEEDED + " (" + code + ")", failure);
        }
    }
}
