package io.anxin.kiosk.device.card;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the PC/SC readers whose names match {@code card.reader-pattern} and reads every card put
 * into them, reporting to a {@link CardReaderListener}. One watcher thread follows the reader list;
 * one thread per reader does that reader's I/O (a reader is not thread-safe).
 *
 * <p>When the service is missing or goes away, the listener hears {@code serviceUnavailable} once,
 * the readers are reported lost, and the watcher retries with a fresh {@link CardTerminals} from the
 * supplier, backing off from {@link Timing#initialBackoff()} up to {@link Timing#maxBackoff()}.
 * Within one outage {@code serviceUnavailable} comes a second time only when the supplier says the
 * kiosk must restart ({@link PcscTerminals.RestartRequiredException}), so the technician sees that.
 * Every wait has a timeout, so there is no busy loop and {@link #close()} is prompt.
 *
 * <p>Threads: {@link #start()} and {@link #close()} may be called from any thread.
 */
public final class CardReaders implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardReaders.class);
    /** Quick empty returns of {@code waitForChange} tolerated before the watcher pauses for one poll. */
    private static final int QUICK_RETURNS_BEFORE_PAUSE = 3;
    private static final long QUICK_RETURN_NANOS = Duration.ofMillis(20).toNanos();

    /**
     * @param poll           timeout of each PC/SC wait (how soon {@link #close()} takes effect)
     * @param initialBackoff first wait after the service failed
     * @param maxBackoff     cap of the doubling back-off
     * @param joinTimeout    how long {@link #close()} waits for each thread
     */
    public record Timing(Duration poll, Duration initialBackoff, Duration maxBackoff, Duration joinTimeout) {
        public Timing {
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(joinTimeout, "joinTimeout");
            if (poll.isNegative() || poll.isZero() || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("poll must be positive and maxBackoff at least initialBackoff");
            }
        }

        /** 1 s polls, back-off 1 s doubling to 30 s, 3 s to join a thread. */
        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(3));
        }
    }

    private final Supplier<CardTerminals> terminalsSupplier;
    private final Pattern readerPattern;
    private final CardReaderListener listener;
    private final Sleeper sleeper;
    private final Timing timing;
    private final Map<String, ReaderWorker> workers = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean running;
    private boolean started;

    /** Production defaults: real sleeping and {@link Timing#defaults()}. */
    public CardReaders(Supplier<CardTerminals> terminalsSupplier, Pattern readerPattern, CardReaderListener listener) {
        this(terminalsSupplier, readerPattern, listener, Sleeper.system(), Timing.defaults());
    }

    /**
     * @param terminalsSupplier gives a fresh terminal list; called again after every service failure
     *                          (see {@link PcscTerminals#fresh()}); may throw when there is no service
     * @param readerPattern     readers whose name contains a match are used ({@link java.util.regex.Matcher#find()})
     */
    public CardReaders(Supplier<CardTerminals> terminalsSupplier, Pattern readerPattern, CardReaderListener listener,
                       Sleeper sleeper, Timing timing) {
        this.terminalsSupplier = Objects.requireNonNull(terminalsSupplier, "terminalsSupplier");
        this.readerPattern = Objects.requireNonNull(readerPattern, "readerPattern");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.watcher = new Thread(this::watch, "card-watcher");
        this.watcher.setDaemon(true);
    }

    /** Starts watching. Never throws for a missing service: that is reported to the listener. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("CardReaders already started");
        }
        started = true;
        running = true;
        watcher.start();
    }

    /** Stops every thread, waiting up to the join timeout for each. No events follow. Idempotent. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        watcher.interrupt();
        try {
            watcher.join(timing.joinTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (watcher.isAlive()) {
            LOG.warn("card watcher did not stop within {}", timing.joinTimeout());
        }
        new ArrayList<>(workers.values()).forEach(ReaderWorker::stop);
        workers.clear();
    }

    private void watch() {
        Duration backoff = timing.initialBackoff();
        boolean serviceDown = false;
        boolean restartReported = false;
        int quickReturns = 0;
        CardTerminals terminals = null;
        while (running) {
            try {
                if (terminals == null) {
                    terminals = Objects.requireNonNull(terminalsSupplier.get(), "terminal list supplier gave null");
                }
                boolean changed = reconcile(terminals.list(CardTerminals.State.ALL));
                if (serviceDown) {
                    LOG.info("PC/SC service is back");
                    serviceDown = false;
                    restartReported = false;
                }
                backoff = timing.initialBackoff();
                long before = System.nanoTime();
                terminals.waitForChange(timing.poll().toMillis());
                boolean quick = System.nanoTime() - before < QUICK_RETURN_NANOS;
                quickReturns = quick && !changed ? quickReturns + 1 : 0;
                if (quickReturns >= QUICK_RETURNS_BEFORE_PAUSE) {
                    quickReturns = 0;
                    sleeper.sleep(timing.poll());
                }
            } catch (InterruptedException e) {
                break;
            } catch (CardException | RuntimeException e) {
                if (!running) {
                    break;
                }
                terminals = null;
                String detail = detail(e);
                boolean restartNeeded = e instanceof PcscTerminals.RestartRequiredException;
                if (!serviceDown || (restartNeeded && !restartReported)) {
                    serviceDown = true;
                    restartReported = restartNeeded;
                    LOG.warn("PC/SC service unavailable: {}", detail);
                    emit(l -> l.serviceUnavailable(detail));
                } else {
                    LOG.debug("PC/SC service still unavailable: {}", detail);
                }
                loseAllReaders();
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    break;
                }
                backoff = min(backoff.multipliedBy(2), timing.maxBackoff());
            }
        }
        LOG.debug("card watcher ended");
    }

    /** Starts threads for new matching readers and stops those gone; true when anything changed. */
    private boolean reconcile(List<CardTerminal> listed) {
        Map<String, CardTerminal> present = new LinkedHashMap<>();
        for (CardTerminal terminal : listed) {
            if (readerPattern.matcher(terminal.getName()).find()) {
                present.put(terminal.getName(), terminal);
            }
        }
        boolean changed = false;
        for (String name : new ArrayList<>(workers.keySet())) {
            if (!present.containsKey(name)) {
                lose(name);
                changed = true;
            }
        }
        for (Map.Entry<String, CardTerminal> entry : present.entrySet()) {
            if (!workers.containsKey(entry.getKey()) && running) {
                String name = entry.getKey();
                LOG.info("card reader attached: {}", name);
                emit(l -> l.readerAttached(name));
                ReaderWorker worker = new ReaderWorker(entry.getValue(), listener, timing, sleeper);
                workers.put(name, worker);
                worker.start();
                changed = true;
            }
        }
        return changed;
    }

    private void loseAllReaders() {
        new ArrayList<>(workers.keySet()).forEach(this::lose);
    }

    private void lose(String name) {
        ReaderWorker worker = workers.remove(name);
        if (worker != null) {
            worker.stop();
            LOG.info("card reader lost: {}", name);
            emit(l -> l.readerLost(name));
        }
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

    /** The message, with the provider's PC/SC code when it is only in the cause ("list() failed"). */
    private static String detail(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof CardException && e.getCause() != null && e.getCause().getMessage() != null
                && !message.contains(e.getCause().getMessage())) {
            return message + ": " + e.getCause().getMessage();
        }
        return message;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
