package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;

/** {@code kiosk sync} in-process against the lab central server: the pass, the summary and every exit code. */
class SyncCommandTest {

    static final String TOKEN = "sync-command-test-token";

    @TempDir
    Path tmp;

    Path config;
    Path data;
    Path token;
    LabCentral central;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        config = tmp.resolve("config");
        data = tmp.resolve("data");
        Files.createDirectories(config);
        token = tmp.resolve("central.token");
        Files.writeString(token, TOKEN);
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        central = LabCentral.start(LabOptions.builder(tmp.resolve("lab"), TOKEN).maxBatch(200).build());
    }

    @AfterEach
    void tearDown() {
        central.close();
    }

    void writeConfig(String url, int batch) throws Exception {
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^data\\.dir=.*$", "data.dir=" + data)
                .replaceFirst("(?m)^drill\\.enabled=.*$", "drill.enabled=true")
                .replaceFirst("(?m)^terminal\\.id=.*$", "terminal.id=JN-LX-007")
                .replaceFirst("(?m)^central\\.url=.*$", "central.url=" + url)
                .replaceFirst("(?m)^central\\.token-file=.*$", "central.token-file=" + token)
                .replaceFirst("(?m)^sync\\.batch-size=.*$", "sync.batch-size=" + batch);
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
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void deliversEverythingWithAProgressBarAndExitsZero() throws Exception {
        writeConfig(central.uri().toString(), 4);
        assertThat(run("drill", "--submissions", "10").code()).isZero();
        Run sync = run("sync");
        assertThat(sync.code()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("] 100% 10/10").contains("sync: delivered 10 (accepted 10, duplicate 0), rejected 0, left pending 0");
        assertThat(central.storedIds()).hasSize(10).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        List<String> delivered = run("outbox", "--state", "delivered").out().lines().toList();
        assertThat(delivered).hasSize(10);
        assertThat(run("sync").code()).as("nothing left: still 0").isZero();
    }

    @Test
    void noCentralUrlIsBadConfiguration() throws Exception {
        writeConfig("", 50);
        Run sync = run("sync");
        assertThat(sync.code()).isEqualTo(2);
        assertThat(sync.err()).contains("central.url is empty");
    }

    @Test
    void unreachableServerExitsThree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        writeConfig("http://127.0.0.1:" + port, 50);
        run("drill", "--submissions", "2");
        Run sync = run("sync");
        assertThat(sync.code()).as(sync.err()).isEqualTo(3);
        assertThat(sync.err()).contains("2 entries left pending").contains("cannot connect");
        assertThat(run("outbox").out()).contains("\tpending\t1\t");
    }

    @Test
    void refusedCredentialsExitOneAndKeepEverything() throws Exception {
        writeConfig(central.uri().toString(), 50);
        Files.writeString(token, "wrong-token");
        run("drill", "--submissions", "2");
        Run sync = run("sync");
        assertThat(sync.code()).isEqualTo(1);
        assertThat(sync.err()).contains("credentials were refused").contains(token.toString()).doesNotContain("wrong-token");
        assertThat(run("outbox", "--state", "pending").out().lines()).hasSize(2);
    }

    @Test
    void tokenFileReadableByOthersIsBadConfiguration() throws Exception {
        writeConfig(central.uri().toString(), 50);
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        run("drill", "--submissions", "1");
        Run sync = run("sync");
        assertThat(sync.code()).isEqualTo(2);
        assertThat(sync.err()).contains("rw-r--r--").contains("chmod 600");
        assertThat(central.storedIds()).isEmpty();
    }

    @Test
    void aRequeuedRejectedEntryIsSentByTheNextSync() throws Exception {
        writeConfig(central.uri().toString(), 50);
        run("drill", "--submissions", "1");
        String id = run("outbox").out().lines().findFirst().orElseThrow().split("\t")[1];
        // make the entry rejected as a server would, then re-queue it like a technician
        try (var lock = io.anxin.kiosk.store.DataFolderLock.acquire(data, "test");
             var db = io.anxin.kiosk.store.Database.open(data.resolve("db"))) {
            new io.anxin.kiosk.store.Outbox(db.dataSource(), java.time.Clock.systemUTC(), "JN-LX-007")
                    .markRejected(UUID.fromString(id), "DISEASE_NOT_COVERED", "test");
        }
        assertThat(run("sync").code()).isZero();
        assertThat(central.storedIds()).isEmpty();
        Run retry = run("outbox", "--retry", id);
        assertThat(retry.code()).as(retry.err()).isZero();
        Run sync = run("sync");
        assertThat(sync.code()).isZero();
        assertThat(sync.out()).contains("delivered 1");
        assertThat(central.storedIds()).containsOnlyKeys(id);
    }
}
