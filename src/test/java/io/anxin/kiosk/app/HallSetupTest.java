package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.hall.IssuedTicket;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;

/** {@code hall.*}: which node a process talks to, with which token, and the node the kiosk serves. */
class HallSetupTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of(), "/home/resident");

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), "terminal.id=HALL-01\ndata.dir=data\n" + text,
                StandardCharsets.UTF_8);
        Files.copy(Path.of("kiosk-config", "queue-categories.csv"), dir.resolve("queue-categories.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("kiosk-config", "staff.csv"), dir.resolve("staff.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return loader.load(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aDemoNodeMakesOneOwnerOnlyTokenFileAndItsClerkAndDisplayReachItOnLoopback() throws IOException {
        int port = freePort();
        KioskConfig c = load("hall.role=node\nhall.listen=127.0.0.1:" + port + "\n");
        try (HallSetup kiosk = HallSetup.forRole(c, HallSetup.Role.RESIDENT);
             Database db = Database.open(c.databaseDir())) {
            Path tokens = c.dataDir().resolve("hall").resolve("tokens");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens))).isEqualTo("rw-------");
            assertThat(Files.readAllLines(tokens)).filteredOn(l -> !l.startsWith("#"))
                    .extracting(l -> l.split(" ")[0]).containsExactly("HALL-01", "HALL-01-CLERK", "HALL-01-DISPLAY");
            String before = Files.readString(tokens);
            HallSetup clerk = HallSetup.forRole(c, HallSetup.Role.CLERK);
            assertThat(Files.readString(tokens)).as("made once, kept for the other processes").isEqualTo(before);
            assertThat(kiosk.servesNode()).isTrue();
            assertThat(clerk.servesNode()).isFalse();

            HallClient clerkClient = clerk.client().orElseThrow();
            assertThatThrownBy(clerkClient::board).isInstanceOf(HallException.class)
                    .extracting(e -> ((HallException) e).kind()).isEqualTo(HallException.Kind.NODE_UNREACHABLE);

            kiosk.startNode(db, KioskRuntime.queueCategories(c), HallSetup.staffRoster(c),
                    new AuditLog(db.dataSource(), Clock.systemUTC(), c.terminalId()), Clock.systemUTC());
            assertThat(clerk.client().orElseThrow().signIn("1001", "1357".toCharArray()).staffNo()).isEqualTo("1001");
            IssuedTicket issued = kiosk.client().orElseThrow().issue("general", 72, false, UUID.randomUUID().toString());
            assertThat(issued.ticket().number()).isEqualTo("Y001");
            Ticket called = clerkClient.callNext(1, "c-1").orElseThrow();
            assertThat(called.number()).isEqualTo("Y001");
            assertThat(HallSetup.forRole(c, HallSetup.Role.HALL_DISPLAY).client().orElseThrow().board().recentCalls())
                    .singleElement().satisfies(e -> {
                        assertThat(e.number()).isEqualTo("Y001");
                        assertThat(e.window()).isEqualTo(1);
                        assertThat(e.terminal()).isEqualTo("HALL-01-CLERK");
                    });
            assertThat(kiosk.describe()).contains("serving", "127.0.0.1:" + port);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> kiosk.client().orElseThrow().callNext(2, "k-1"), HallException.class).kind())
                    .as("the demo token file gives each process its role").isEqualTo(HallException.Kind.FORBIDDEN);
        }
    }

    @Test
    void aPortInUseIsLoggedAndTheKioskGoesOnWithoutANode() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            KioskConfig c = load("hall.role=node\nhall.listen=127.0.0.1:" + taken.getLocalPort() + "\n");
            try (HallSetup kiosk = HallSetup.forRole(c, HallSetup.Role.RESIDENT);
                 Database db = Database.open(c.databaseDir())) {
                kiosk.startNode(db, KioskRuntime.queueCategories(c), HallSetup.staffRoster(c),
                        new AuditLog(db.dataSource(), Clock.systemUTC(), c.terminalId()), Clock.systemUTC());
                assertThat(kiosk.describe()).contains("not serving");
                assertThatThrownBy(() -> kiosk.client().orElseThrow().issue("general", null, false, "r-1"))
                        .isInstanceOf(HallException.class);
            }
        }
    }

    @Test
    void standaloneHasNoHallForResidentsAndRefusesTheClerkAndDisplayRoles() throws IOException {
        KioskConfig c = load("hall.role=standalone\n");
        assertThat(HallSetup.forRole(c, HallSetup.Role.RESIDENT).client()).isEmpty();
        assertThatThrownBy(() -> HallSetup.forRole(c, HallSetup.Role.CLERK)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--role clerk needs hall.role=node");
        assertThatThrownBy(() -> HallSetup.forRole(c, HallSetup.Role.HALL_DISPLAY)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--role hall-display");
    }

    @Test
    void aMemberUsesItsOwnTokenFileAndAnUnsafeOneIsAConfigProblem() throws IOException {
        Path token = dir.resolve("hall-token");
        Files.writeString(token, "KIOSK-2 0123456789abcdef0123\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        KioskConfig c = load("hall.role=member\nhall.node-url=http://192.0.2.10:8470/\nhall.token-file=hall-token\n");
        assertThat(HallSetup.forRole(c, HallSetup.Role.CLERK).describe()).contains("member of http://192.0.2.10:8470/");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> HallSetup.forRole(c, HallSetup.Role.RESIDENT)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("chmod 600");
    }

    @Test
    void configRefusesAMemberWithoutTokenFileAKioskNodeWithoutOneAndABadListenAddress() {
        assertThatThrownBy(() -> load("hall.role=member\nhall.node-url=http://192.0.2.10:8470/\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hall.role=member needs hall.token-file");
        assertThatThrownBy(() -> load("hall.listen=8470\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> load("hall.listen=127.0.0.1:70000\n")).isInstanceOf(ConfigException.class);
    }

    @Test
    void kioskModeRefusesTheDemoClerksLikeTheDemoTechnicianPin() throws IOException {
        String pin = io.anxin.kiosk.domain.PinHash.create("97531".toCharArray(), new java.security.SecureRandom());
        Path tokens = dir.resolve("node-tokens");
        Files.writeString(tokens, "HALL-01 0123456789abcdef0123 kiosk\n");
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-------"));
        KioskConfig c = load("kiosk.mode=kiosk\ntechnician.pin-hash=" + pin + "\nhall.role=node\nhall.token-file=node-tokens\n");
        assertThatThrownBy(() -> HallSetup.staffRoster(c)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("[1001, 1002]").hasMessageContaining("demo PINs");
        Files.writeString(dir.resolve("staff.csv"), "staff_no,name_zh,name_en,pin_hash\n2001,赵敏,Zhao Min," + pin + "\n");
        assertThat(HallSetup.staffRoster(c).all()).extracting(m -> m.staffNo()).containsExactly("2001");
        assertThat(HallSetup.staffRoster(load("hall.role=node\n")).all()).as("demo mode keeps its demo clerks").hasSize(2);
    }
}
