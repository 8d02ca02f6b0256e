package io.anxin.kiosk.service.hall;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.service.HelpRequests;

/**
 * 呼叫工作人员 in a hall: raises a help call on the hall node (with the screen the resident was on)
 * that every counter console shows until a clerk takes it, and keeps the help lamp on while it is
 * open. At most one call per kiosk is open: asking again while one is open does not raise a second.
 * Every request is also written to the kiosk's own audit log; when the node cannot be reached that
 * line is all there is, and the kiosk sends the resident to the service desk.
 *
 * <p>Thread-safe. {@link #raise} and {@link #confirmTaken} block on the network: not on the FX thread.
 * {@link #taken(HallEvent)} and {@link #open()} do not block.
 */
public final class HelpCalls {

    private static final Logger LOG = LoggerFactory.getLogger(HelpCalls.class);

    /** Whether staff were told. */
    public enum Status {
        /** The call is on the node: counter consoles show it. */
        RAISED,
        /** The node could not be reached or refused: only the local audit line; the resident goes to the desk. */
        NOT_REACHED,
        /**
         * The call is on the node, but no counter console has a window open (nobody signed in): the
         * resident is sent to the desk too; the first clerk to sign in sees the call.
         */
        RAISED_NO_COUNTER
    }

    /** @param helpId the node's help call id, 0 when not raised */
    public record Outcome(Status status, long helpId) {
    }

    private final HallClient client;
    private final HallPanel panel;
    private final HelpRequests local;
    private final Object raising = new Object();
    // Guarded by this. 0: no call open.
    private long openId;

    public HelpCalls(HallClient client, HallPanel panel, HelpRequests local) {
        this.client = Objects.requireNonNull(client, "client");
        this.panel = Objects.requireNonNull(panel, "panel");
        this.local = Objects.requireNonNull(local, "local");
    }

    /**
     * Asks for staff for a resident on {@code screen}; an open call of this kiosk is returned as it is.
     */
    public Outcome raise(String screen) {
        synchronized (raising) {
            long open = openId();
            if (open != 0) {
                return new Outcome(Status.RAISED, open);
            }
            try {
                local.request(screen);
            } catch (RuntimeException e) {
                LOG.warn("the help request could not be written to the audit log: {}", e.toString());
            }
            HelpCall call;
            String requestId = java.util.UUID.randomUUID().toString();
            try {
                call = raiseOnce(screen, requestId);
            } catch (HallException e) {
                if (e.kind() == HallException.Kind.NODE_UNREACHABLE) {
                    LOG.warn("help call not raised: the hall node cannot be reached ({}); the resident was sent to the"
                            + " service desk", e.getMessage());
                } else {
                    LOG.error("help call not raised: the hall node refused it ({}): {}", e.kind(), e.getMessage());
                }
                return new Outcome(Status.NOT_REACHED, 0);
            }
            synchronized (this) {
                openId = call.id();
            }
            panel.helpLamp(true);
            LOG.info("help call {} raised from screen {}", call.id(), screen);
            return new Outcome(countersOpen() ? Status.RAISED : Status.RAISED_NO_COUNTER, call.id());
        }
    }

    /** Whether a clerk has a window open; when the board cannot be read, assume so (the call is on the node). */
    private boolean countersOpen() {
        try {
            return !client.board().openWindows().isEmpty();
        } catch (HallException e) {
            LOG.info("board not read after raising a help call ({}); assuming a counter is open", e.getMessage());
            return true;
        }
    }

    /** One retry with the same request id when the answer did not come: the node may hold the call already. */
    private HelpCall raiseOnce(String screen, String requestId) {
        try {
            return client.raiseHelp(screen, requestId);
        } catch (HallException e) {
            if (e.kind() != HallException.Kind.NODE_UNREACHABLE) {
                throw e;
            }
            LOG.info("no answer to help call {} ({}); asking once more with the same request id", requestId, e.getMessage());
            return client.raiseHelp(screen, requestId);
        }
    }

    /** The open call's id, 0 when none. */
    public synchronized long openId() {
        return openId;
    }

    public boolean open() {
        return openId() != 0;
    }

    /** A change from the hall feed: true when it is a clerk taking this kiosk's open call (the lamp goes off). */
    public boolean taken(HallEvent event) {
        if (!"HELP_TAKEN".equals(event.kind())) {
            return false;
        }
        return closeIf(event.helpId());
    }

    /**
     * A board from the hall feed (after it connects or the node comes back): false when this kiosk's
     * call is still open on it. A board without it may be older than the call, so the caller then asks
     * {@link #confirmTaken()} on a worker.
     */
    public boolean stillOpenOn(HallBoard board) {
        long open = openId();
        return open == 0 || board.openHelp().stream().anyMatch(h -> h.id() == open);
    }

    /** Asks the node for a fresh board: true when this kiosk's open call has been taken meanwhile. Blocking. */
    public boolean confirmTaken() {
        long open = openId();
        if (open == 0) {
            return false;
        }
        HallBoard board;
        try {
            board = client.board();
        } catch (HallException e) {
            LOG.info("could not check help call {} on the hall node: {}", open, e.getMessage());
            return false;
        }
        if (board.openHelp().stream().anyMatch(h -> h.id() == open)) {
            return false;
        }
        return closeIf(open);
    }

    private boolean closeIf(long helpId) {
        synchronized (this) {
            if (helpId == 0 || helpId != openId) {
                return false;
            }
            openId = 0;
        }
        panel.helpLamp(false);
        LOG.info("help call {} taken by staff", helpId);
        return true;
    }
}
