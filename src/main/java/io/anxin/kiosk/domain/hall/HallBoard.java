package io.anxin.kiosk.domain.hall;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of the hall for a display or a counter console that (re)connects: what it shows before
 * it follows the change feed from {@code lastSeq}.
 *
 * @param lastSeq the feed's last seq included in this snapshot: follow the feed after it
 * @param waiting WAITING tickets per category code (every category, 0 included)
 * @param serving today's CALLED tickets (being served or called to a window), latest call first
 * @param recentCalls today's last calls and recalls (at most {@link #RECENT_CALLS}), newest first
 * @param openHelp help calls no clerk has taken yet, oldest first
 * @param openWindows the windows a live counter console has open now (a clerk signed in there), ascending
 */
public record HallBoard(long lastSeq, Map<String, Integer> waiting, List<Ticket> serving, List<HallEvent> recentCalls,
        List<HelpCall> openHelp, List<Integer> openWindows) {

    /** How many calls a hall display lists. */
    public static final int RECENT_CALLS = 6;

    public HallBoard {
        waiting = Map.copyOf(waiting);
        serving = List.copyOf(serving);
        recentCalls = List.copyOf(recentCalls);
        openHelp = List.copyOf(openHelp);
        openWindows = List.copyOf(openWindows);
    }

    /** A board without window information (tests, and what the store reads before the node adds it). */
    public HallBoard(long lastSeq, Map<String, Integer> waiting, List<Ticket> serving, List<HallEvent> recentCalls,
            List<HelpCall> openHelp) {
        this(lastSeq, waiting, serving, recentCalls, openHelp, List.of());
    }

    /** The same board with the windows open now. */
    public HallBoard withOpenWindows(List<Integer> windows) {
        return new HallBoard(lastSeq, waiting, serving, recentCalls, openHelp, windows);
    }
}
