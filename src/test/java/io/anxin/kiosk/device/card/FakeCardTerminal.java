package io.anxin.kiosk.device.card;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/** One fake reader: a card is a supplier of channels (one per connect), or a connect failure. */
final class FakeCardTerminal extends CardTerminal {

    static final byte[] ATR_BYTES = Hex.parse("3B6800000073C84013009000");

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Boolean> disconnects = new CopyOnWriteArrayList<>();
    private Supplier<CardChannel> card;
    private String connectFailure;

    FakeCardTerminal(String name) {
        this.name = name;
    }

    void insert(Supplier<CardChannel> channels) {
        set(channels, null);
    }

    /** A card whose connect fails with {@code CardException(message)}. */
    void insertFailingConnect(String message) {
        set(() -> {
            throw new AssertionError("not connected");
        }, message);
    }

    void remove() {
        set(null, null);
    }

    /** The {@code reset} argument of every {@code Card.disconnect} call. */
    List<Boolean> disconnects() {
        return disconnects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        if (!"*".equals(protocol)) {
            throw new AssertionError("connect with protocol * expected, got " + protocol);
        }
        Supplier<CardChannel> channels;
        String failure;
        lock.lock();
        try {
            channels = card;
            failure = connectFailure;
        } finally {
            lock.unlock();
        }
        if (channels == null) {
            throw new CardNotPresentException("no card");
        }
        if (failure != null) {
            throw new CardException(failure);
        }
        return new FakeCard(channels.get());
    }

    @Override
    public boolean isCardPresent() {
        lock.lock();
        try {
            return card != null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) {
        return await(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) {
        return await(false, timeout);
    }

    private boolean await(boolean present, long timeout) {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeout == 0 ? Long.MAX_VALUE / 2_000_000 : timeout);
            while ((card != null) != present) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void set(Supplier<CardChannel> channels, String failure) {
        lock.lock();
        try {
            card = channels;
            connectFailure = failure;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private final class FakeCard extends Card {
        private final CardChannel channel;

        FakeCard(CardChannel channel) {
            this.channel = channel;
        }

        @Override
        public ATR getATR() {
            return new ATR(ATR_BYTES);
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return channel;
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            disconnects.add(reset);
        }
    }
}
