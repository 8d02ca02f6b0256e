package io.anxin.kiosk.device.card;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * A scripted PC/SC terminal list: readers can be plugged in and out while it is watched, and the
 * next {@code list()} calls can be made to fail as when the PC/SC service stops.
 */
final class FakeCardTerminals extends CardTerminals {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<FakeCardTerminal> terminals = new ArrayList<>();
    private final AtomicInteger listCalls = new AtomicInteger();
    private int failuresLeft;
    private String failure = "";
    private boolean changeFlag;

    void plug(FakeCardTerminal terminal) {
        withLock(() -> terminals.add(terminal));
    }

    void unplug(String name) {
        withLock(() -> terminals.removeIf(t -> t.getName().equals(name)));
    }

    /** The next {@code count} calls of {@code list()} throw {@code CardException(message)}. */
    void failNextLists(int count, String message) {
        withLock(() -> {
            failuresLeft = count;
            failure = message;
        });
    }

    int listCalls() {
        return listCalls.get();
    }

    @Override
    public List<CardTerminal> list(State state) throws CardException {
        lock.lock();
        try {
            listCalls.incrementAndGet();
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new CardException(failure);
            }
            List<CardTerminal> result = new ArrayList<>();
            for (FakeCardTerminal terminal : terminals) {
                boolean wanted = switch (state) {
                    case ALL -> true;
                    case CARD_PRESENT, CARD_INSERTION -> terminal.isCardPresent();
                    case CARD_ABSENT, CARD_REMOVAL -> !terminal.isCardPresent();
                };
                if (wanted) {
                    result.add(terminal);
                }
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean waitForChange(long timeout) {
        lock.lock();
        try {
            if (!changeFlag) {
                changed.await(timeout == 0 ? Long.MAX_VALUE : timeout, TimeUnit.MILLISECONDS);
            }
            boolean result = changeFlag;
            changeFlag = false;
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void withLock(Runnable action) {
        lock.lock();
        try {
            action.run();
            changeFlag = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
