package io.anxin.kiosk.service.hall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.anxin.kiosk.domain.catalog.QueueCategory;

/**
 * A ticket as the resident sees it: number, the queue it waits in, how many wait ahead, the estimated
 * wait and the windows that call it. Holds nothing about the resident.
 *
 * @param queue the category the ticket waits in (the priority category for a priority ticket)
 * @param asked the category the resident chose (the same as {@code queue} for a normal ticket)
 */
public record QueueTicket(String number, QueueCategory queue, QueueCategory asked, TicketKind kind, int ahead,
        Duration estimatedWait, Instant issuedAt) {

    public QueueTicket {
        if (ahead < 0) {
            throw new IllegalArgumentException("ahead " + ahead + ": expected 0 or more");
        }
    }

    public List<Integer> windows() {
        return queue.windows();
    }

    /** The wait in whole minutes, as the screen and slip say it: see {@link #roundedMinutes(Duration)}. */
    public int waitMinutes() {
        return ahead == 0 ? 0 : Math.max(1, roundedMinutes(estimatedWait));
    }

    /**
     * An estimate said as "约 N 分钟": up to ten minutes to the minute above (a resident would rather be
     * early), beyond that to the nearest five, because a longer estimate is not that precise.
     */
    public static int roundedMinutes(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return 0;
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        if (minutes <= 10) {
            return (int) minutes;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.round(minutes / 5.0) * 5);
    }
}
