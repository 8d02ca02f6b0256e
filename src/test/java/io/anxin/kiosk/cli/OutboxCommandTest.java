package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;

/** {@code kiosk outbox} and {@code kiosk drill}, run in-process against a temp config and data folder. */
class OutboxCommandTest {

    @TempDir
    Path tmp;

    Path config;
    Path data;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void configFolder() throws Exception {
        config = tmp.resolve("config");
        data = tmp.resolve("data");
        Files.createDirectories(config);
        writeConfig(true);
    }

    void writeConfig(boolean drill) throws Exception {
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^data\\.dir=.*$", "data.dir=" + data.toString().replace("\\", "\\\\"))
                .replaceFirst("(?m)^drill\\.enabled=.*$", "drill.enabled=" + drill)
                .replaceFirst("(?m)^terminal\\.id=.*$", "terminal.id=JN-LX-007");
        Files.writeString(config.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void drillFilesSubmissionsAndOutboxListsThemOneTabSeparatedLineEach() {
        Run drill = run("drill", "--submissions", "3");
        assertThat(drill.code()).as(drill.err()).isZero();
        assertThat(drill.out()).contains("drill: 3 synthetic submissions filed");

        Run list = run("outbox");
        assertThat(list.code()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            String[] f = lines.get(i).split("\t", -1);
            assertThat(f).hasSize(7);
            assertThat(f[0]).isEqualTo(Long.toString(i + 1));
            assertThat(UUID.fromString(f[1])).isNotNull();
            assertThat(f[2]).isIn("remote-care.filing", "chronic.filing", "reimburse.manual");
            assertThat(f[3]).isEqualTo("pending");
            assertThat(f[4]).isEqualTo("0");
            assertThat(f[5]).matches("JN-LX-007-\\d{8}-000" + (i + 1));
            assertThat(f[6]).isEqualTo("-");
        }
        assertThat(list.out()).doesNotContainPattern("\\d{17}[0-9X]");
    }

    @Test
    void jsonStateFilterAndRetry() throws Exception {
        run("drill", "--submissions", "2");
        UUID first;
        try (Database db = Database.open(data.resolve("db"))) {
            Outbox outbox = new Outbox(db.dataSource(), Clock.systemUTC(), "JN-LX-007");
            first = outbox.list(java.util.Optional.empty()).get(0).id();
            outbox.markRejected(first, "DRILL_NOT_ALLOWED", "drill\tentries are refused\nhere");
        }

        Run rejected = run("outbox", "--state", "rejected");
        assertThat(rejected.out().lines().toList()).singleElement().satisfies(line -> {
            String[] f = line.split("\t", -1);
            assertThat(f[1]).isEqualTo(first.toString());
            assertThat(f[3]).isEqualTo("rejected");
            assertThat(f[4]).isEqualTo("1");
            assertThat(f[6]).isEqualTo("DRILL_NOT_ALLOWED: drill entries are refused here");
        });

        Run json = run("outbox", "--json");
        assertThat(json.code()).isZero();
        List<Map<String, Object>> entries = new ObjectMapper().readValue(json.out(), new TypeReference<>() { });
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("seq", 1).containsEntry("id", first.toString())
                .containsEntry("state", "rejected").containsEntry("drill", true).doesNotContainKey("payload");
        assertThat(entries.get(1)).containsEntry("lastError", null).containsEntry("state", "pending");

        Run notRejected = run("outbox", "--retry", entries.get(1).get("id").toString());
        assertThat(notRejected.code()).isEqualTo(1);
        assertThat(notRejected.err()).contains("is pending, not rejected");
        Run unknown = run("outbox", "--retry", UUID.randomUUID().toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no outbox entry has id");
        assertThat(run("outbox", "--retry", "not-a-uuid").code()).isEqualTo(1);

        Run retry = run("outbox", "--retry", first.toString());
        assertThat(retry.code()).as(retry.err()).isZero();
        assertThat(retry.out()).contains("re-queued " + first);
        assertThat(run("outbox", "--state", "pending").out().lines()).hasSize(2);
        try (Database db = Database.open(data.resolve("db"))) {
            assertThat(new AuditLog(db.dataSource(), Clock.systemUTC(), "JN-LX-007").latest(1).get(0).action())
                    .isEqualTo("outbox.retry");
        }
        assertThat(run("outbox", "--state", "sent").code()).isEqualTo(2);
    }

    @Test
    void drillIsRefusedWithExitTwoUnlessEnabled() throws Exception {
        writeConfig(false);
        Run r = run("drill", "--submissions", "5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("drills are disabled").contains("drill.enabled=true");
        assertThat(Files.exists(data.resolve("db"))).as("the database is not touched").isFalse();
    }

    @Test
    void bothCommandsExitThreeWhileAKioskWithoutAControlSocketOwnsTheDataFolder() {
        try (DataFolderLock kiosk = DataFolderLock.acquire(data, "kiosk UI")) {
            for (String[] args : List.of(new String[] {"outbox"}, new String[] {"drill", "--submissions", "1"})) {
                Run r = run(args);
                assertThat(r.code()).isEqualTo(3);
                assertThat(r.err()).contains("the kiosk is running but its control socket " + data.resolve("control.sock")
                        + " does not answer");
            }
        }
    }
}
