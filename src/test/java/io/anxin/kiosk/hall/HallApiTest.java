package io.anxin.kiosk.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.store.Database;

/** The queue API over real HTTP on loopback. */
class HallApiTest {

    static final String KIOSK_TOKEN = "kiosk-token-0123456789abcdef";
    static final String COUNTER_TOKEN = "counter-token-0123456789abcdef";

    @TempDir
    Path dir;

    private Database db;
    private HallNode node;
    private URI url;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(dir.resolve("db"));
        Path tokens = ownerOnly(dir.resolve("hall-tokens"), "# terminal token\nKIOSK-01 " + KIOSK_TOKEN
                + "\nCOUNTER-02 " + COUNTER_TOKEN + "\n");
        node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                HallTokens.readNode(tokens));
        url = URI.create("http://127.0.0.1:" + node.port() + "/");
    }

    @AfterEach
    void stop() {
        node.close();
        db.close();
    }

    static Path ownerOnly(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private HallClient client(String token) {
        return new HallClient(url, token, Duration.ofSeconds(10));
    }

    @Test
    void aTicketGoesThroughEveryStep() {
        HallClient kiosk = client(KIOSK_TOKEN);
        HallClient counter = client(COUNTER_TOKEN);
        IssuedTicket a1 = kiosk.issue("general", null, false, "r1");
        assertEquals("A001", a1.ticket().number());
        assertEquals(0, a1.ahead());
        IssuedTicket a2 = kiosk.issue("general", 45, false, "r2");
        assertEquals(1, a2.ahead());
        assertEquals(Duration.ofMinutes(2).plusSeconds(30), a2.estimatedWait(), "5 min fallback over 2 windows");
        IssuedTicket y1 = kiosk.issue("general", 75, false, "r3");
        assertEquals("Y001", y1.ticket().number());
        assertEquals(y1.ticket().id(), kiosk.issue("general", 75, false, "r3").ticket().id(), "retry, same ticket");

        assertEquals("Y001", counter.callNext(1, "c1").orElseThrow().number());
        Ticket called = counter.callNext(2, "c2").orElseThrow();
        assertEquals("A001", called.number());
        assertEquals(TicketState.CALLED, counter.recall(called.id()).state());
        assertEquals(TicketState.NO_SHOW, counter.noShow(called.id()).state());
        Ticket next = counter.callNext(3, "c3").orElseThrow();
        assertEquals("A002", next.number());
        Ticket moved = counter.transfer(next.id(), "chronic");
        assertEquals("chronic", moved.categoryCode());
        assertEquals("A002", moved.number());
        assertEquals(next.id(), counter.callNext(4, "c4").orElseThrow().id());
        assertEquals(TicketState.FINISHED, counter.finish(next.id()).state());
        assertTrue(counter.callNext(2, "c5").isEmpty());

        HallException conflict = assertThrows(HallException.class, () -> counter.finish(next.id()));
        assertEquals(HallException.Kind.CONFLICT, conflict.kind());
        assertEquals(HallException.Kind.NOT_FOUND, assertThrows(HallException.class, () -> counter.recall(4242)).kind());
        assertEquals(HallException.Kind.BAD_REQUEST,
                assertThrows(HallException.class, () -> kiosk.issue("nope", null, false, "r9")).kind());
        assertEquals(HallException.Kind.BAD_REQUEST,
                assertThrows(HallException.class, () -> kiosk.issue("general", 200, false, "r10")).kind());
    }

    @Test
    void badRequestsGetAClearErrorAndChangeNothing() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String body : List.of("{not json", "[1,2]", "{\"service\":\"general\",\"age\":\"old\"}",
                "{\"service\":\"general\",\"requestId\":\"has space\"}")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("v1/hall/tickets"))
                    .header("Authorization", "Bearer " + KIOSK_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), body);
            assertTrue(r.body().contains("\"error\":\"BAD_REQUEST\""), r.body());
        }
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(url.resolve("v1/hall/changes?since=0&wait=99"))
                .header("Authorization", "Bearer " + KIOSK_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, feed.statusCode());
        assertTrue(client(KIOSK_TOKEN).changes(0, Duration.ZERO).isEmpty(), "nothing was issued");
        assertEquals("A001", client(KIOSK_TOKEN).issue("general", null, false, "ok").ticket().number(), "no number used up");
    }

    @Test
    void helpCallsAreRaisedByTheKioskAndTakenOnce() {
        var help = client(KIOSK_TOKEN).raiseHelp("payment");
        assertEquals("KIOSK-01", help.terminal(), "the terminal comes from the token, not the request");
        assertEquals("COUNTER-02", client(COUNTER_TOKEN).takeHelp(help.id()).takenBy());
        assertEquals(HallException.Kind.CONFLICT,
                assertThrows(HallException.class, () -> client(COUNTER_TOKEN).takeHelp(help.id())).kind());
        var first = client(KIOSK_TOKEN).raiseHelp("identify", "h-1");
        var retry = client(KIOSK_TOKEN).raiseHelp("identify", "h-1");
        assertEquals(first.id(), retry.id(), "a retry with the same request id is the same call");
        assertTrue(client(COUNTER_TOKEN).raiseHelp("identify", "h-1").id() != first.id(),
                "request ids are per terminal");
    }

    @Test
    void aDisplayLongPollSeesACall() throws Exception {
        HallClient display = client(KIOSK_TOKEN);
        HallClient counter = client(COUNTER_TOKEN);
        client(KIOSK_TOKEN).issue("chronic", null, false, "r1");
        List<HallEvent> first = display.changes(0, Duration.ZERO);
        long last = first.get(first.size() - 1).seq();
        CompletableFuture<List<HallEvent>> poll = CompletableFuture.supplyAsync(() -> display.changes(last, Duration.ofSeconds(30)));
        counter.callNext(4, "c1");
        List<HallEvent> seen = poll.get(60, TimeUnit.SECONDS);
        assertEquals("CALLED", seen.get(0).kind());
        assertEquals("B001", seen.get(0).number());
        assertEquals(4, seen.get(0).window());
        assertEquals("COUNTER-02", seen.get(0).terminal());
    }

    @Test
    void wrongOrMissingTokensAreRefused() throws Exception {
        HallException e = assertThrows(HallException.class, () -> client("not-a-token-at-all-000000").issue("general", null, false, "x"));
        assertEquals(HallException.Kind.UNAUTHORIZED, e.kind());
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("v1/hall/queue")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bare.statusCode());
        assertTrue(client(KIOSK_TOKEN).changes(0, Duration.ZERO).isEmpty(), "a refused request changed nothing");
    }

    @Test
    void tokenFilesReadableByOthersAreRefused() throws Exception {
        Path open = dir.resolve("open-tokens");
        Files.writeString(open, "KIOSK-01 " + KIOSK_TOKEN + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        HallException node = assertThrows(HallException.class, () -> HallTokens.readNode(open));
        assertEquals(HallException.Kind.TOKEN_FILE, node.kind());
        assertTrue(node.getMessage().contains("chmod 600"), node.getMessage());
        assertEquals(HallException.Kind.TOKEN_FILE, assertThrows(HallException.class, () -> HallTokens.readMember(open)).kind());
        Path shared = ownerOnly(dir.resolve("shared-tokens"), "A " + KIOSK_TOKEN + "\nB " + KIOSK_TOKEN + "\n");
        assertTrue(assertThrows(HallException.class, () -> HallTokens.readNode(shared)).getMessage().contains("another terminal"));
        Path member = ownerOnly(dir.resolve("member-token"), "KIOSK-01 " + KIOSK_TOKEN + "\n");
        assertEquals(KIOSK_TOKEN, HallTokens.readMember(member));
        assertEquals(Map.of(KIOSK_TOKEN, "KIOSK-01"), HallTokens.readNode(member));
        Path withRole = ownerOnly(dir.resolve("role-token"), "KIOSK-01 " + KIOSK_TOKEN + " kiosk\n");
        assertEquals(KIOSK_TOKEN, HallTokens.readMember(withRole), "a member line with its role");
        assertEquals(Map.of("KIOSK-01", TerminalRole.KIOSK), HallTokens.readRoles(withRole));
        Path badRole = ownerOnly(dir.resolve("bad-role"), "KIOSK-01 " + KIOSK_TOKEN + " cashier\n");
        assertTrue(assertThrows(HallException.class, () -> HallTokens.readNode(badRole)).getMessage()
                .contains("not one of kiosk, counter, display"));
    }

    @Test
    void eachTerminalMayOnlyDoWhatItsRoleAllows() throws Exception {
        node.close();
        Path tokens = ownerOnly(dir.resolve("role-tokens"), "KIOSK-01 " + KIOSK_TOKEN + " kiosk\nCOUNTER-02 "
                + COUNTER_TOKEN + " counter\nTV-03 display-token-0123456789abcdef display\n");
        node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                HallTokens.readNode(tokens), HallTokens.readRoles(tokens), StaffDesk.closed());
        url = URI.create("http://127.0.0.1:" + node.port() + "/");
        HallClient kiosk = client(KIOSK_TOKEN);
        HallClient counter = client(COUNTER_TOKEN);
        HallClient display = client("display-token-0123456789abcdef");
        Ticket a1 = kiosk.issue("general", null, false, "r1").ticket();
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class, () -> kiosk.callNext(2, "k")).kind());
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class,
                () -> kiosk.signIn("1001", "1357".toCharArray())).kind(), "a kiosk cannot try clerks' PINs");
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class,
                () -> counter.issue("general", null, false, "c")).kind());
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class,
                () -> display.issue("general", null, false, "d")).kind());
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class, () -> display.finish(a1.id())).kind());
        assertEquals(1, display.board().waiting().get("general"), "a display reads the board");
        assertEquals("A001", counter.callNext(2, "c1").orElseThrow().number());
        var help = kiosk.raiseHelp("home");
        assertEquals(HallException.Kind.FORBIDDEN, assertThrows(HallException.class, () -> kiosk.takeHelp(help.id())).kind());
        assertEquals("COUNTER-02", counter.takeHelp(help.id()).takenBy());
    }

    @Test
    void aNodeThatDoesNotAnswerInTimeIsUnreachable() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            HallClient kiosk = new HallClient(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"), KIOSK_TOKEN,
                    Duration.ofMillis(300));
            HallException e = assertThrows(HallException.class, () -> kiosk.issue("general", null, false, "r1"));
            assertEquals(HallException.Kind.NODE_UNREACHABLE, e.kind());
            assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
        }
    }

    @Test
    void aStoppedNodeIsUnreachable() {
        HallClient kiosk = client(KIOSK_TOKEN);
        node.close();
        HallException e = assertThrows(HallException.class, () -> kiosk.issue("general", null, false, "r1"));
        assertEquals(HallException.Kind.NODE_UNREACHABLE, e.kind());
    }
}
