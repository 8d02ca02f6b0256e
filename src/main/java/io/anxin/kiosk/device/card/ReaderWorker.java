package io.anxin.kiosk.device.card;

import java.util.Locale;
import java.util.function.Consumer;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of one reader: wait for a card, connect, read, disconnect, wait for removal. Every wait
 * has a timeout so {@link #stop} takes effect promptly even inside the PC/SC provider.
 */
final class ReaderWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderWorker.class);

    private final CardTerminal terminal;
    private final String name;
    private final CardReaderListener listener;
    private final CardReaders.Timing timing;
    private final Sleeper sleeper;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean cardPresent;

    ReaderWorker(CardTerminal terminal, CardReaderListener listener, CardReaders.Timing timing, Sleeper sleeper) {
        this.terminal = terminal;
        this.name = terminal.getName();
        this.listener = listener;
        this.timing = timing;
        this.sleeper = sleeper;
        this.thread = new Thread(this, "card-reader-" + name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops the thread and waits up to the join timeout; no events are reported after this returns. */
    void stop() {
        running = false;
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(timing.joinTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("reader thread for {} did not stop within {}", name, timing.joinTimeout());
            }
        }
    }

    @Override
    public void run() {
        long poll = timing.poll().toMillis();
        while (running) {
            try {
                if (cardPresent) {
                    if (terminal.waitForCardAbsent(poll) && running) {
                        cardPresent = false;
                        emit(l -> l.cardRemoved(name));
                    }
                } else if (terminal.waitForCardPresent(poll) && running) {
                    cardPresent = true;
                    emit(l -> l.cardInserted(name));
                    readCard();
                }
            } catch (CardException | RuntimeException e) {
                if (!running) {
                    break;
                }
                // the reader or the service is going away; the watcher decides, we just avoid a hot loop
                LOG.debug("reader {} wait failed: {}", name, e.toString());
                try {
                    sleeper.sleep(timing.poll());
                } catch (InterruptedException interrupted) {
                    break;
                }
            }
        }
        LOG.debug("reader thread for {} ended", name);
    }

    private void readCard() {
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardNotPresentException e) {
            fail(new CardReadException(CardFailure.CARD_REMOVED, 0, "card gone before connect: " + e.getMessage(), e));
            return;
        } catch (CardException | RuntimeException e) {
            fail(new CardReadException(connectFailure(e), 0, "connect failed: " + e.getMessage(), e));
            return;
        }
        try {
            LOG.info("card in {}: ATR {} protocol {}", name, Hex.of(card.getATR().getBytes()), card.getProtocol());
            SocialSecurityCard read = SocialSecurityCardProtocol.read(card.getBasicChannel());
            LOG.info("card read in {}: card {}, valid to {}", name, read.maskedCardNumber(), read.expiryDate());
            emit(l -> l.cardRead(name, read));
        } catch (CardReadException e) {
            fail(e);
        } catch (IllegalStateException e) {
            fail(new CardReadException(CardFailure.CARD_REMOVED, 0, "card lost: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            fail(new CardReadException(CardFailure.CARD_ERROR, 0, "unexpected reader failure: " + e, e));
        } finally {
            disconnect(card);
        }
    }

    private void disconnect(Card card) {
        try {
            card.disconnect(false);
        } catch (CardException | RuntimeException e) {
            LOG.debug("disconnect in {} failed (card probably gone): {}", name, e.toString());
        }
    }

    private void fail(CardReadException failure) {
        LOG.info("card read failed in {}: {} SW {}", name, failure.kind(), Hex.statusWord(failure.statusWord()));
        emit(l -> l.cardReadFailed(name, failure));
    }

    /** PC/SC codes that mean the reader or the service, not the card, is the problem. */
    static CardFailure connectFailure(Exception e) {
        String message = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (message.contains("SCARD_E_READER_UNAVAILABLE") || message.contains("SCARD_E_UNKNOWN_READER")
                || message.contains("SCARD_E_NO_SERVICE") || message.contains("SCARD_E_SERVICE_STOPPED")
                || message.contains("SCARD_E_NO_READERS_AVAILABLE")) {
            return CardFailure.READER_GONE;
        }
        if (message.contains("SCARD_W_REMOVED_CARD") || message.contains("SCARD_E_NO_SMARTCARD")
                || e instanceof IllegalStateException) {
            return CardFailure.CARD_REMOVED;
        }
        return CardFailure.CARD_ERROR;
    }

    private void emit(Consumer<CardReaderListener> call) {
        if (!running) {
            return;
        }
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.error("card listener failed", e);
        }
    }
}
