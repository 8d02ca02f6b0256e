package io.anxin.kiosk.hall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.store.AuditEvent;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.support.MutableClock;

class StaffDeskTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC);
    private final StaffRoster roster = StaffFixtures.roster();
    private Database db;
    private StaffDesk desk;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        desk = StaffFixtures.desk(roster, db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private HallException wrong(StaffDesk d, String staffNo, String pin) {
        return assertThrows(HallException.class, () -> d.signIn(staffNo, pin.toCharArray(), "COUNTER-02"));
    }

    @Test
    void theRightPinSignsInAndTheArrayIsWiped() {
        char[] pin = "1357".toCharArray();
        Clerk clerk = desk.signIn("1001", pin, "COUNTER-02");
        assertEquals(new Clerk("1001", "王敏", "Wang Min"), clerk);
        assertArrayEquals(new char[4], pin);
    }

    @Test
    void wrongPinsCountDownThenLockForFiveMinutesAndUnlockAfter() {
        for (int left = 4; left >= 1; left--) {
            HallException e = wrong(desk, "1001", "0000");
            assertEquals(HallException.Kind.WRONG_PIN, e.kind());
            assertEquals(left, e.triesLeft());
        }
        HallException locked = wrong(desk, "1001", "0000");
        assertEquals(HallException.Kind.LOCKED, locked.kind());
        assertEquals(300, locked.retryAfterSeconds());

        clock.advance(Duration.ofMinutes(4));
        HallException still = wrong(desk, "1001", "1357");
        assertEquals(HallException.Kind.LOCKED, still.kind(), "the right PIN does not open a lock");
        assertEquals(60, still.retryAfterSeconds());
        assertEquals(HallException.Kind.WRONG_PIN, wrong(desk, "1002", "0000").kind(), "other clerks are not locked");

        clock.advance(Duration.ofSeconds(61));
        assertEquals("1001", desk.signIn("1001", "1357".toCharArray(), "COUNTER-02").staffNo());
        assertEquals(4, wrong(desk, "1001", "0000").triesLeft(), "a sign-in resets the count");
    }

    @Test
    void failuresAndLocksSurviveANewDeskOnTheSameDatabase() {
        wrong(desk, "1002", "1111");
        wrong(desk, "1002", "1111");
        StaffDesk restarted = StaffFixtures.desk(roster, db, clock);
        assertEquals(2, wrong(restarted, "1002", "1111").triesLeft());
        wrong(restarted, "1002", "1111");
        assertEquals(HallException.Kind.LOCKED, wrong(restarted, "1002", "1111").kind());
        db.close();
        db = Database.open(dir.resolve("db"));
        StaffDesk afterReopen = StaffFixtures.desk(roster, db, clock);
        assertEquals(HallException.Kind.LOCKED, wrong(afterReopen, "1002", "2468").kind());
    }

    @Test
    void anUnknownNumberIsAnsweredLikeAWrongPinAndLocksToo() {
        for (int left = 4; left >= 1; left--) {
            assertEquals(left, wrong(desk, "9999", "1357").triesLeft());
        }
        assertEquals(HallException.Kind.LOCKED, wrong(desk, "9999", "1357").kind());
    }

    @Test
    void badInputIsRefusedAndCountsNothing() {
        assertEquals(HallException.Kind.BAD_REQUEST, wrong(desk, "10 01", "1357").kind());
        assertEquals(HallException.Kind.BAD_REQUEST, wrong(desk, "1001", "").kind());
        assertEquals(HallException.Kind.BAD_REQUEST, wrong(desk, null, "1357").kind());
        assertEquals(4, wrong(desk, "1001", "0000").triesLeft());
    }

    @Test
    void anEmptyRosterRefusesWithAClearMessage() {
        HallException e = wrong(StaffDesk.closed(), "1001", "1357");
        assertEquals(HallException.Kind.NO_STAFF_ROSTER, e.kind());
        assertTrue(e.getMessage().contains("staff.csv"), e.getMessage());
    }

    @Test
    void theAuditSaysWhatHappenedAndNeverThePin() {
        desk.signIn("1001", "1357".toCharArray(), "COUNTER-02");
        wrong(desk, "1002", "9753");
        List<AuditEvent> events = new AuditLog(db.dataSource(), clock, "NODE").latest(10);
        assertEquals(List.of("staff.sign-in-failed", "staff.sign-in"), events.stream().map(AuditEvent::action).toList());
        assertEquals("1002", events.get(0).actorRef());
        for (AuditEvent e : events) {
            assertFalse(e.toString().contains("1357") || e.toString().contains("9753") || e.toString().contains("王敏"),
                    e.toString());
        }
    }
}
