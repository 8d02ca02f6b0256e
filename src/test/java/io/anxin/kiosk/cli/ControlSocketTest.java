package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.ConfigLoader;
import io.anxin.kiosk.app.ControlClient;
import io.anxin.kiosk.app.ControlServer;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;

/**
 * {@code kiosk outbox} and {@code kiosk drill} while a kiosk owns the data folder: an in-process
 * control socket over a real database, the commands run through picocli as a technician would.
 */
class ControlSocketTest {

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
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^data\\.dir=.*$", "data.dir=" + data.toString().replace("\\", "\\\\"))
                .replaceFirst("(?m)^drill\\.enabled=.*$", "drill.enabled=true")
                .replaceFirst("(?m)^terminal\\.id=.*$", "terminal.id=JN-LX-007");
        Files.writeString(config.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
    }

    KioskConfig kioskConfig() {
        return new ConfigLoader(System.getenv(), System.getProperty("user.home")).load(config);
    }

    Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return runAsTyped(all);
    }

    Run runAsTyped(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    /** A running kiosk as far as the data folder can tell: its lock, its database, its control socket. */
    final class Kiosk implements AutoCloseable {
        final DataFolderLock lock;
        final Database db;
        final ControlServer server;

        Kiosk() throws Exception {
            KioskConfig c = kioskConfig();
            lock = DataFolderLock.acquire(data, "kiosk UI");
            db = Database.open(c.databaseDir());
            server = ControlServer.start(lock, data, new ControlCommands(c, db));
        }

        List<OutboxEntry> entries() {
            return new Outbox(db.dataSource(), Clock.systemUTC(), "JN-LX-007").list(Optional.empty());
        }

        @Override
        public void close() {
            server.close();
            db.close();
            lock.close();
        }
    }

    @Test
    void drillAndOutboxWorkThroughTheRunningKioskWithTheDirectPathsOutput() throws Exception {
        Run drill;
        Run outbox;
        Run json;
        Run rejectedFilter;
        Run badState;
        Run badCount;
        try (Kiosk kiosk = new Kiosk()) {
            drill = run("drill", "--submissions", "3");
            assertThat(drill.code()).as(drill.err()).isZero();
            assertThat(drill.err()).isEmpty();
            assertThat(kiosk.entries()).hasSize(3).allSatisfy(e -> assertThat(e.drill()).isTrue());
            assertThat(drill.out().lines().toList()).hasSize(4).last().asString()
                    .isEqualTo("drill: 3 synthetic submissions filed (drill: true); they go out with the next sync");
            for (int i = 0; i < 3; i++) {
                OutboxEntry e = kiosk.entries().get(i);
                assertThat(drill.out().lines().toList().get(i))
                        .isEqualTo(e.acceptanceNo().orElseThrow() + "\t" + e.id() + "\t" + e.kind());
            }
            outbox = run("outbox");
            // --config after the command: used to find the data folder, not forwarded
            json = runAsTyped("outbox", "--config", config.toString(), "--json");
            rejectedFilter = run("outbox", "--state=rejected");
            badState = run("outbox", "--state", "lost");
            badCount = run("drill", "--submissions", "0");
            assertThat(outbox.code()).as(outbox.err()).isZero();
            assertThat(outbox.out().lines()).hasSize(3);
        }
        assertThat(data.resolve("control.sock")).doesNotExist();

        // No kiosk now: the same commands open the database themselves and print the same bytes.
        assertThat(run("outbox")).isEqualTo(outbox);
        assertThat(run("outbox", "--json")).isEqualTo(json);
        assertThat(run("outbox", "--state=rejected")).isEqualTo(rejectedFilter);
        assertThat(run("outbox", "--state", "lost")).isEqualTo(badState);
        assertThat(run("drill", "--submissions", "0")).isEqualTo(badCount);
    }

    @Test
    void retryRunsInTheKioskToo() throws Exception {
        try (Kiosk kiosk = new Kiosk()) {
            assertThat(run("drill", "--submissions", "1").code()).isZero();
            OutboxEntry e = kiosk.entries().get(0);
            Run notRejected = run("outbox", "--retry", e.id().toString());
            assertThat(notRejected.code()).isEqualTo(1);
            assertThat(notRejected.err()).contains("is pending, not rejected");
            new Outbox(kiosk.db.dataSource(), Clock.systemUTC(), "JN-LX-007").markRejected(e.id(), "X", "refused");
            Run retried = run("outbox", "--retry", e.id().toString());
            assertThat(retried.code()).as(retried.err()).isZero();
            assertThat(retried.out()).startsWith("re-queued " + e.id());
            assertThat(kiosk.entries().get(0).state().code()).isEqualTo("pending");
        }
    }

    @Test
    void theSocketIsOwnerOnly() throws Exception {
        try (Kiosk kiosk = new Kiosk()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("control.sock"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }

    @Test
    void theSocketRefusesCommandsItDoesNotRun() throws Exception {
        try (Kiosk kiosk = new Kiosk()) {
            ControlServer.Response doctor = ControlClient.ask(data, "doctor", List.of()).orElseThrow();
            assertThat(doctor.exitCode()).isEqualTo(2);
            assertThat(doctor.stderr()).contains("unknown command; it answers drill, outbox");
            ControlServer.Response pinHash = ControlClient.ask(data, "pin-hash", List.of()).orElseThrow();
            assertThat(pinHash.exitCode()).isEqualTo(2);
            assertThat(kiosk.entries()).isEmpty();
        }
    }

    @Test
    void aStaleSocketFileIsReplacedWhenTheKioskStarts() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("control.sock"), "left by a kiosk that was killed");
        try (Kiosk kiosk = new Kiosk()) {
            Run outbox = run("outbox");
            assertThat(outbox.code()).as(outbox.err()).isZero();
        }
    }

    @Test
    void withTheFolderOwnedAndNoSocketTheCommandsExit3NamingTheSocket() throws Exception {
        Path socket = data.resolve("control.sock");
        try (DataFolderLock lock = DataFolderLock.acquire(data, "kiosk UI")) {
            for (String[] args : List.of(new String[] {"outbox"}, new String[] {"drill", "--submissions", "3"})) {
                Run r = run(args);
                assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).contains("the kiosk is running but its control socket " + socket + " does not answer");
            }
            // a socket file nobody listens on answers no better
            Files.writeString(socket, "stale");
            Run r = run("outbox");
            assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(r.err()).contains(socket + " does not answer");
        }
    }
}
