package io.anxin.kiosk.hall;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;

/**
 * Follows the hall for a display, a counter console or a kiosk: first a {@link HallBoard} snapshot,
 * then the change feed after it by long poll. When the node cannot be reached it says so once, retries
 * every {@code retryAfter}, and starts again from a fresh board when the node answers (so nothing that
 * changed meanwhile is missed, and nothing is delivered twice within one connection).
 *
 * <p>Threads: one daemon thread per feed ({@code hall-feed}); every listener method is called on it, in
 * order. Listeners that touch JavaFX hand over with {@code Platform.runLater}.
 */
public final class HallFeed implements AutoCloseable {

    /** What a follower of the hall hears. Called on the feed's thread, one call at a time. */
    public interface Listener {
        /** A fresh snapshot: when the feed starts and after every reconnection. Replaces all earlier state. */
        void board(HallBoard board);

        /** One change after the last board or event, in commit order. */
        void event(HallEvent event);

        /**
         * Whether the node answers; called when that changes (and once at start).
         *
         * @param detail what went wrong, for the technician's log and status line; empty when reachable
         */
        void connection(boolean reachable, String detail);
    }

    private static final Logger LOG = LoggerFactory.getLogger(HallFeed.class);
    private static final Duration POLL = Duration.ofSeconds(25);

    private final HallClient client;
    private final Listener listener;
    private final Duration retryAfter;
    private final Thread thread;
    private volatile boolean closed;
    private Boolean reachable;

    /**
     * @param retryAfter pause after a failed request before the next try
     */
    public HallFeed(HallClient client, Listener listener, Duration retryAfter) {
        this.client = client;
        this.listener = listener;
        this.retryAfter = retryAfter;
        this.thread = new Thread(this::run, "hall-feed");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        while (!closed) {
            try {
                HallBoard board = client.board();
                reachable(true, "");
                listener.board(board);
                long last = board.lastSeq();
                while (!closed) {
                    List<HallEvent> events = client.changes(last, POLL);
                    for (HallEvent e : events) {
                        if (closed) {
                            return;
                        }
                        listener.event(e);
                        last = e.seq();
                    }
                }
            } catch (HallException e) {
                if (closed) {
                    return;
                }
                reachable(false, e.kind() + ": " + e.getMessage());
                pause();
            } catch (RuntimeException e) {
                // a listener's bug must not end the feed for good: log it, resync from a fresh board
                LOG.error("hall feed listener failed; following again from a fresh board", e);
                pause();
            }
        }
    }

    private void reachable(boolean now, String detail) {
        if (reachable == null || reachable != now) {
            reachable = now;
            if (!now) {
                LOG.warn("hall node not reachable: {}", detail);
            } else {
                LOG.info("hall node reachable");
            }
            listener.connection(now, detail);
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops following; a long poll in flight is abandoned (the thread is a daemon and ends when it returns). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
