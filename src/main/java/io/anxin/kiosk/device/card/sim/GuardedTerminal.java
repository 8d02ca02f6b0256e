package io.anxin.kiosk.device.card.sim;

import java.util.List;
import java.util.function.BooleanSupplier;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The simulated reader as {@code CardReaders} sees it: presence comes from the simulator's own
 * state, changed atomically under its lock, instead of from jCardSim's terminal. Removing a card
 * makes jCardSim briefly hold a placeholder card (that is how the old card is ejected); reading the
 * terminal directly, a reader thread could catch that placeholder and report a bank card.
 * Connecting is delegated to jCardSim, so the real javax.smartcardio path is still exercised.
 */
final class GuardedTerminal extends CardTerminal {

    private final CardTerminal delegate;
    private final Object lock;
    private final BooleanSupplier present;

    /**
     * @param lock    the simulator's monitor: held while a card changes, notified after each change
     * @param present whether a card is in, read under {@code lock}
     */
    GuardedTerminal(CardTerminal delegate, Object lock, BooleanSupplier present) {
        this.delegate = delegate;
        this.lock = lock;
        this.present = present;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Card connect(String protocol) throws CardException {
        synchronized (lock) {
            if (!present.getAsBoolean()) {
                throw new CardNotPresentException("no card in " + getName());
            }
            return delegate.connect(protocol);
        }
    }

    @Override
    public boolean isCardPresent() {
        synchronized (lock) {
            return present.getAsBoolean();
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean wanted, long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        long deadline = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000L;
        synchronized (lock) {
            while (present.getAsBoolean() != wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, Math.min(left / 1_000_000L, Integer.MAX_VALUE)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CardException("interrupted while waiting for the card", e);
                }
            }
            return true;
        }
    }

    /** The one-reader list around a {@link GuardedTerminal}; the list never changes (no hot-plug). */
    static final class Terminals extends CardTerminals {

        private final GuardedTerminal terminal;
        private final Object lock;

        Terminals(GuardedTerminal terminal, Object lock) {
            this.terminal = terminal;
            this.lock = lock;
        }

        @Override
        public List<CardTerminal> list(State state) {
            boolean in = terminal.isCardPresent();
            return switch (state) {
                case ALL -> List.of(terminal);
                case CARD_PRESENT, CARD_INSERTION -> in ? List.of(terminal) : List.of();
                case CARD_ABSENT, CARD_REMOVAL -> in ? List.of() : List.of(terminal);
            };
        }

        @Override
        public boolean waitForChange(long timeout) throws CardException {
            synchronized (lock) {
                boolean before = terminal.isCardPresent();
                try {
                    lock.wait(timeout == 0 ? 0 : Math.max(1, timeout));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CardException("interrupted while waiting for a change", e);
                }
                return terminal.isCardPresent() != before;
            }
        }
    }
}
