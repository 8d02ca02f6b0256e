package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.store.DataFolderLock;

/** The control socket's protocol, permissions and refusals, with a stand-in handler. */
class ControlServerTest {

    @TempDir
    Path data;

    /** Echoes its arguments; answers only "outbox". */
    static final ControlServer.Handler ECHO = new ControlServer.Handler() {
        @Override
        public Set<String> commands() {
            return Set.of("outbox");
        }

        @Override
        public ControlServer.Response handle(String command, List<String> args) {
            return new ControlServer.Response(args.isEmpty() ? 0 : 1, command + " " + String.join(" ", args) + "\n", "ü\n");
        }
    };

    static String raw(Path socket, String line) throws IOException {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            ControlLines.write(c, line, Duration.ofSeconds(5));
            return ControlLines.read(c, 1 << 20, Duration.ofSeconds(5));
        }
    }

    @Test
    void answersAKnownCommandWithItsExitCodeAndOutput() throws Exception {
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test kiosk");
             ControlServer server = ControlServer.start(lock, data, ECHO)) {
            assertThat(ControlClient.ask(data, "outbox", List.of("--state", "pending")))
                    .contains(new ControlServer.Response(1, "outbox --state pending\n", "ü\n"));
            assertThat(ControlClient.ask(data, "outbox", List.of())).contains(new ControlServer.Response(0, "outbox \n", "ü\n"));
            assertThat(server.socket()).isEqualTo(data.resolve("control.sock"));
        }
        assertThat(data.resolve("control.sock")).doesNotExist();
    }

    @Test
    void socketAndDataFolderAreOwnerOnly() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test kiosk");
             ControlServer server = ControlServer.start(lock, data, ECHO)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }

    @Test
    void refusesUnknownCommandsFieldsConfigAndMalformedLines() throws Exception {
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test kiosk");
             ControlServer server = ControlServer.start(lock, data, ECHO)) {
            Path s = server.socket();
            assertThat(raw(s, "{\"command\":\"doctor\",\"args\":[]}"))
                    .contains("\"exitCode\":2").contains("unknown command; it answers outbox");
            assertThat(raw(s, "{\"command\":\"outbox\",\"args\":[\"--config\",\"/tmp\"]}"))
                    .contains("\"exitCode\":2").contains("--config is not accepted");
            assertThat(raw(s, "{\"command\":\"outbox\",\"args\":[1]}")).contains("\"exitCode\":2");
            assertThat(raw(s, "{\"command\":\"outbox\",\"payload\":\"x\"}")).contains("\"exitCode\":2");
            assertThat(raw(s, "not json")).contains("\"exitCode\":2").contains("not a JSON object");
            assertThat(raw(s, "[]")).contains("\"exitCode\":2");
            // longer than 64 KiB: dropped without an answer, and the server goes on answering
            assertThat(raw(s, "{\"command\":\"outbox\",\"args\":[\"" + "a".repeat(70_000) + "\"]}")).isNull();
            assertThat(ControlClient.ask(data, "outbox", List.of())).isPresent();
        }
    }

    @Test
    void aSilentClientIsDroppedAfterTheReadTimeout() throws Exception {
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test kiosk");
             ControlServer server = ControlServer.start(lock, data, ECHO, Duration.ofMillis(300));
             SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(server.socket()));
            assertThat(ControlClient.ask(data, "outbox", List.of())).isPresent();
            assertThat(ControlLines.read(silent, 1024, Duration.ofSeconds(5))).isNull();
        }
    }

    @Test
    void replacesAStaleSocketFileLeftByADeadKiosk() throws Exception {
        Path stale = data.resolve("control.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        assertThat(ControlClient.ask(data, "outbox", List.of())).isEmpty();
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test kiosk");
             ControlServer server = ControlServer.start(lock, data, ECHO)) {
            assertThat(ControlClient.ask(data, "outbox", List.of())).map(ControlServer.Response::exitCode).isEqualTo(Optional.of(0));
        }
    }
}
