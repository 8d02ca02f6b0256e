package io.anxin.kiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOwnerOfTheDataFolderIsRefusedWithTheFirstOnesPid() {
        try (DataFolderLock first = DataFolderLock.acquire(dir, "kiosk UI")) {
            assertThatThrownBy(() -> DataFolderLock.acquire(dir, "kiosk UI"))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.OWNED_ELSEWHERE);
                        assertThat(e.getMessage()).contains("pid " + ProcessHandle.current().pid()).contains("kiosk UI");
                    });
        }
        DataFolderLock.acquire(dir, "again").close();
    }

    @Test
    void aSecondProcessIsRefusedToo() throws Exception {
        try (DataFolderLock held = DataFolderLock.acquire(dir, "kiosk UI")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).isEqualTo(3);
            assertThat(out).contains("OWNED_ELSEWHERE");
        }
    }

    /** Runs in a child JVM: tries to take the folder. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (DataFolderLock l = DataFolderLock.acquire(Path.of(args[0]), "probe")) {
                System.exit(0);
            } catch (StoreException e) {
                System.out.println(e.kind());
                System.exit(3);
            }
        }
    }

    @Test
    void theDatabaseIsMigratedHasAnEpochAndUsesWriteDelayZero() throws Exception {
        String epoch;
        try (Database db = Database.open(dir.resolve("db"))) {
            epoch = db.epoch();
            assertThat(epoch).matches("[0-9a-f-]{36}");
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("0");
            }
        }
        try (Database again = Database.open(dir.resolve("db"))) {
            assertThat(again.epoch()).as("the epoch is made once, when the database is created").isEqualTo(epoch);
        }
    }

    @Test
    void auditEventsNeverHoldAFullIdNumber() {
        try (Database db = Database.open(dir.resolve("db"))) {
            AuditLog audit = new AuditLog(db.dataSource(), Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC), "T-1");
            audit.record("resident", "370102195203154320", "test.event", "keyed 370102195203154320 at the counter");
            AuditEvent e = audit.latest(1).get(0);
            assertThat(e.actorRef()).isEqualTo("370102********4320");
            assertThat(e.detail()).isEqualTo("keyed 370102********4320 at the counter");
            assertThat(e.terminalId()).isEqualTo("T-1");
            assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-22T01:00:00Z"));
        }
    }
}
