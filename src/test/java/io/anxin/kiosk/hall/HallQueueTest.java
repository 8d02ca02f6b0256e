package io.anxin.kiosk.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.anxin.kiosk.ui.support.MutableClock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.store.Database;

class HallQueueTest {

    @TempDir
    Path dir;

    private Database db;
    private MutableClock clock;
    private HallQueue queue;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        // 2026-12-03 09:00 in Shanghai
        clock = new MutableClock(Instant.parse("2026-12-03T01:00:00Z"), java.time.ZoneOffset.UTC);
        queue = HallFixtures.queue(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Ticket issue(String category) {
        clock.advance(Duration.ofSeconds(10));
        return queue.issue(category, null, false, "K1", null).ticket();
    }

    @Test
    void numbersRunPerCategoryAndStartAgainNextDay() {
        assertEquals("A001", issue("general").number());
        assertEquals("A002", issue("general").number());
        assertEquals("B001", issue("chronic").number());
        assertEquals("A003", issue("general").number());
        // 16:00 UTC is midnight in Shanghai: a new local day
        clock.advance(Duration.ofHours(15));
        Ticket next = issue("general");
        assertEquals("A001", next.number());
        assertEquals("2026-12-04", next.day().toString());
    }

    @Test
    void numbersSurviveAReopenAndAreNeverReused() {
        issue("general");
        issue("general");
        db.close();
        db = Database.open(dir.resolve("db"));
        queue = HallFixtures.queue(db, clock);
        assertEquals("A003", issue("general").number());
    }

    @Test
    void elderlyOrDisabledResidentGetsAPriorityTicketInOneStep() {
        IssuedTicket elderly = queue.issue("general", 72, false, "K1", null);
        assertEquals("Y001", elderly.ticket().number());
        assertTrue(elderly.ticket().priority());
        assertEquals("general", elderly.ticket().serviceCode());
        IssuedTicket disabled = queue.issue("chronic", 35, true, "K1", null);
        assertEquals("Y002", disabled.ticket().number());
        IssuedTicket young = queue.issue("general", 59, false, "K1", null);
        assertEquals("A001", young.ticket().number());
        assertFalse(young.ticket().priority());
        HallException refused = assertThrows(HallException.class, () -> queue.issue("elderly", 40, false, "K1", null));
        assertEquals(HallException.Kind.BAD_REQUEST, refused.kind());
        assertEquals(HallException.Kind.BAD_REQUEST,
                assertThrows(HallException.class, () -> queue.issue("nope", null, false, "K1", null)).kind());
    }

    @Test
    void aRetriedRequestGetsTheSameTicket() {
        Ticket first = queue.issue("general", null, false, "K1", "req-1").ticket();
        Ticket again = queue.issue("general", null, false, "K1", "req-1").ticket();
        assertEquals(first.id(), again.id());
        assertEquals("A002", queue.issue("general", null, false, "K1", "req-2").ticket().number());
        assertEquals("A003", queue.issue("general", null, false, "K2", "req-1").ticket().number(),
                "another terminal's request id is its own");
        Ticket called = queue.callNext(2, "C2", "call-1").orElseThrow();
        assertEquals(called.id(), queue.callNext(2, "C2", "call-1").orElseThrow().id());
        assertEquals("A002", queue.callNext(2, "C2", "call-2").orElseThrow().number());
        assertEquals("A003", queue.callNext(3, "C3", "call-1").orElseThrow().number());
    }

    @Test
    void aheadAndEstimatedWaitUseTodaysServiceTimes() {
        IssuedTicket first = queue.issue("chronic", null, false, "K1", null);
        assertEquals(0, first.ahead());
        assertEquals(Duration.ZERO, first.estimatedWait());
        queue.issue("chronic", null, false, "K1", null);
        IssuedTicket third = queue.issue("chronic", null, false, "K1", null);
        assertEquals(2, third.ahead());
        assertEquals(Duration.ofMinutes(10), third.estimatedWait(), "fallback 5 min per ticket, one window");
        Ticket t = queue.callNext(4, "C4", null).orElseThrow();
        clock.advance(Duration.ofMinutes(8));
        queue.finish(t.id(), "C4");
        IssuedTicket fourth = queue.issue("chronic", null, false, "K1", null);
        assertEquals(2, fourth.ahead());
        assertEquals(Duration.ofMinutes(16), fourth.estimatedWait(), "today's average: 8 min");
    }

    @Test
    void priorityWindowCallsPriorityTicketsFirstOtherWindowsByOrder() {
        Ticket a1 = issue("general");
        Ticket b1 = issue("chronic");
        Ticket y1 = queue.issue("general", 80, false, "K1", null).ticket();
        Ticket a2 = issue("general");
        Ticket y2 = queue.issue("chronic", 65, false, "K1", null).ticket();
        assertEquals(y1.id(), queue.callNext(1, "C1", null).orElseThrow().id());
        assertEquals(a1.id(), queue.callNext(2, "C2", null).orElseThrow().id(), "young priority tickets wait for window 1");
        assertEquals(y2.id(), queue.callNext(1, "C1", null).orElseThrow().id());
        assertEquals(a2.id(), queue.callNext(3, "C3", null).orElseThrow().id());
        assertTrue(queue.callNext(1, "C1", null).isEmpty(), "window 1 calls only the priority category here");
        assertEquals(b1.id(), queue.callNext(4, "C4", null).orElseThrow().id());
        assertTrue(queue.callNext(2, "C2", null).isEmpty());
    }

    @Test
    void aPriorityTicketWaitingLongerThanTheLimitIsCalledFirstAnywhere() {
        Ticket y1 = queue.issue("general", 70, false, "K1", null).ticket();
        clock.advance(Duration.ofMinutes(1));
        Ticket a1 = issue("general");
        clock.advance(Duration.ofMinutes(13));
        // y1 has waited 14 min: not yet
        assertEquals(a1.id(), queue.callNext(2, "C2", null).orElseThrow().id());
        Ticket a2 = issue("general");
        clock.advance(Duration.ofMinutes(1));
        // 15 min 10 s: now window 2 takes the priority ticket before a2, and window 4 would too
        Ticket called = queue.callNext(2, "C2", null).orElseThrow();
        assertEquals(y1.id(), called.id());
        assertEquals(2, called.window());
        assertEquals(a2.id(), queue.callNext(3, "C3", null).orElseThrow().id());
    }

    @Test
    void transferKeepsNumberAndAge() {
        Ticket a1 = issue("general");
        Ticket b1 = issue("chronic");
        Ticket b2 = issue("chronic");
        assertEquals(a1.id(), queue.callNext(2, "C2", null).orElseThrow().id());
        Ticket moved = queue.transfer(a1.id(), "chronic", "C2");
        assertEquals("A001", moved.number());
        assertEquals(TicketState.WAITING, moved.state());
        assertEquals(a1.issuedAt(), moved.issuedAt());
        // older than b1, so it is first at window 4
        assertEquals(a1.id(), queue.callNext(4, "C4", null).orElseThrow().id());
        assertEquals(b1.id(), queue.callNext(4, "C4", null).orElseThrow().id());
        assertEquals(b2.id(), queue.callNext(4, "C4", null).orElseThrow().id());
        Ticket toPriority = queue.transfer(b2.id(), "elderly", "C4");
        assertTrue(toPriority.priority());
        assertEquals(b2.id(), queue.callNext(1, "C1", null).orElseThrow().id());
    }

    @Test
    void recallNoShowFinishAndWrongStates() {
        Ticket a1 = issue("general");
        assertEquals(HallException.Kind.CONFLICT,
                assertThrows(HallException.class, () -> queue.finish(a1.id(), "C2")).kind());
        queue.callNext(3, "C3", null);
        assertEquals(3, queue.recall(a1.id(), "C3").window());
        assertEquals(TicketState.NO_SHOW, queue.noShow(a1.id(), "C3").state());
        assertEquals(HallException.Kind.CONFLICT,
                assertThrows(HallException.class, () -> queue.recall(a1.id(), "C3")).kind());
        assertEquals(HallException.Kind.NOT_FOUND,
                assertThrows(HallException.class, () -> queue.finish(999, "C3")).kind());
        assertEquals(HallException.Kind.BAD_REQUEST,
                assertThrows(HallException.class, () -> queue.callNext(9, "C9", null)).kind());
    }

    @Test
    void helpCallsAndTheChangeFeed() throws InterruptedException {
        var help = queue.raiseHelp("K2", "identify");
        assertTrue(help.open());
        assertEquals("C1", queue.takeHelp(help.id(), "C1").takenBy());
        assertEquals(HallException.Kind.CONFLICT,
                assertThrows(HallException.class, () -> queue.takeHelp(help.id(), "C2")).kind());
        Ticket a1 = issue("general");
        queue.callNext(2, "C2", null);
        List<HallEvent> all = queue.changes(0, Duration.ZERO);
        assertEquals(List.of("HELP_RAISED", "HELP_TAKEN", "ISSUED", "CALLED"), all.stream().map(HallEvent::kind).toList());
        HallEvent call = all.get(3);
        assertEquals("A001", call.number());
        assertEquals(2, call.window());
        assertEquals(a1.id(), call.ticketId());
        assertTrue(queue.changes(call.seq(), Duration.ofMillis(50)).isEmpty());
    }

    @Test
    void aLongPollWakesUpOnAChange() throws Exception {
        long last = queue.changes(0, Duration.ZERO).size();
        var waiter = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return queue.changes(last, Duration.ofMinutes(2));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        issue("chronic");
        List<HallEvent> seen = waiter.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("B001", seen.get(0).number());
    }

    @Test
    void aWindowIsOpenAtOneConsoleAtATimeUntilItSignsOutOrGoesQuiet() {
        issue("general");
        issue("general");
        queue.claimWindow(2, "C1", "1001");
        HallException taken = org.junit.jupiter.api.Assertions.assertThrows(HallException.class,
                () -> queue.claimWindow(2, "C2", "1002"));
        org.junit.jupiter.api.Assertions.assertEquals(HallException.Kind.CONFLICT, taken.kind());
        org.junit.jupiter.api.Assertions.assertTrue(taken.getMessage().contains("C1"), taken.getMessage());
        HallException call = org.junit.jupiter.api.Assertions.assertThrows(HallException.class,
                () -> queue.callNext(2, "C2", "x"));
        org.junit.jupiter.api.Assertions.assertEquals(HallException.Kind.CONFLICT, call.kind(), "C2 cannot call for C1's window");
        org.junit.jupiter.api.Assertions.assertEquals("A001", queue.callNext(2, "C1", "a").orElseThrow().number());
        org.junit.jupiter.api.Assertions.assertEquals("A002", queue.callNext(3, "C2", "b").orElseThrow().number(),
                "an unclaimed window may be called");
        queue.claimWindow(2, "C1", "1001");
        org.junit.jupiter.api.Assertions.assertEquals(2, queue.claimWindow(2, "C1", "1001").window(), "claiming again is fine");

        queue.releaseWindow(2, "C2");
        org.junit.jupiter.api.Assertions.assertThrows(HallException.class, () -> queue.claimWindow(2, "C2", "1002"),
                "only the holder releases");
        queue.releaseWindow(2, "C1");
        org.junit.jupiter.api.Assertions.assertEquals("C2", queue.claimWindow(2, "C2", "1002").terminal());

        clock.advance(HallQueue.CLAIM_TTL.minusSeconds(1));
        queue.seen("C2");
        clock.advance(java.time.Duration.ofSeconds(2));
        org.junit.jupiter.api.Assertions.assertThrows(HallException.class, () -> queue.claimWindow(2, "C1", "1001"),
                "C2 was heard from within the last two minutes");
        clock.advance(HallQueue.CLAIM_TTL);
        org.junit.jupiter.api.Assertions.assertEquals("C1", queue.claimWindow(2, "C1", "1001").terminal(),
                "a console that went quiet (crashed, unplugged) loses its window after two minutes");
        org.junit.jupiter.api.Assertions.assertEquals(HallException.Kind.BAD_REQUEST, org.junit.jupiter.api.Assertions
                .assertThrows(HallException.class, () -> queue.claimWindow(9, "C1", "1001")).kind());
    }
}
