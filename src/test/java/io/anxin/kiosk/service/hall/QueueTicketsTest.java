package io.anxin.kiosk.service.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.anxin.kiosk.catalog.QueueCategoryLoader;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.hall.HallClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.support.SwitchablePrinter;

/**
 * Taking tickets against a real hall node on loopback, through a relay that can lose answers the way a
 * flaky hall LAN does: the retry keeps the request id, an unreachable node is an outcome, and the node
 * learns nothing about the resident but the age for an elderly ticket.
 */
class QueueTicketsTest {

    static final String TOKEN = "kiosk-token-0123456789abcdef";
    static final ReceiptFonts FONTS = ReceiptFonts.bundled();
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private Database db;
    private HallNode node;
    private Relay relay;
    private SwitchablePrinter printer;
    private Path slips;
    private QueueCategories categories;

    @BeforeEach
    void start() throws IOException {
        db = Database.open(dir.resolve("db"));
        categories = new QueueCategoryLoader().load(Path.of("kiosk-config"));
        node = HallNode.start(new HallQueue(new HallQueueStore(db.dataSource()), categories, Duration.ofMinutes(15), 60,
                clock.getZone(), clock, Duration.ofMinutes(5)), InetAddress.getLoopbackAddress(), 0, Map.of(TOKEN, "KIOSK-01"));
        relay = new Relay(URI.create("http://127.0.0.1:" + node.port() + "/"));
        slips = dir.resolve("slips");
        printer = new SwitchablePrinter(new FilePrinter(slips, new ReceiptRenderer(FONTS, ReceiptRenderer.WIDTH_80MM)));
    }

    @AfterEach
    void stop() {
        relay.close();
        node.close();
        db.close();
    }

    private QueueTickets tickets(URI url) {
        return new QueueTickets(new HallClient(url, TOKEN, Duration.ofSeconds(2)), categories, 60, printer,
                new TicketSlip(() -> FONTS), clock);
    }

    private List<Path> printedSlips() throws IOException {
        if (!Files.exists(slips)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(slips)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ticket-")).toList();
        }
    }

    @Test
    void aNormalTicketIsIssuedPrintedAndSaysWhatIsAhead() throws IOException {
        QueueTickets t = tickets(relay.url());
        TicketOutcome first = t.take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
        TicketOutcome second = t.take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);

        QueueTicket a1 = first.ticket().orElseThrow();
        assertThat(a1.number()).isEqualTo("A001");
        assertThat(a1.ahead()).isZero();
        assertThat(a1.waitMinutes()).isZero();
        assertThat(a1.windows()).containsExactly(2, 3);
        assertThat(first.printed()).isTrue();
        QueueTicket a2 = second.ticket().orElseThrow();
        assertThat(a2.number()).isEqualTo("A002");
        assertThat(a2.ahead()).isEqualTo(1);
        assertThat(a2.waitMinutes()).as("5 min fallback service time over 2 windows, 2.5 min up to 3").isEqualTo(3);
        assertThat(printedSlips()).extracting(p -> p.getFileName().toString())
                .anySatisfy(n -> assertThat(n).startsWith("ticket-20261122-A001"))
                .anySatisfy(n -> assertThat(n).startsWith("ticket-20261122-A002"));
        assertThat(relay.requestIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aLostAnswerIsRetriedOnceWithTheSameRequestIdAndGivesTheSameTicket() throws Exception {
        relay.dropAnswers.set(1);
        TicketOutcome outcome = tickets(relay.url()).take(TicketKind.NORMAL, "chronic", null, Locale.SIMPLIFIED_CHINESE);

        assertThat(outcome.ticket().orElseThrow().number()).isEqualTo("B001");
        assertThat(relay.requestIds()).as("the node got the request twice, with one id").hasSize(2);
        assertThat(relay.requestIds().get(0)).isEqualTo(relay.requestIds().get(1));
        assertThat(count("SELECT COUNT(*) FROM hall_ticket")).as("one ticket, not two").isEqualTo(1);
        assertThat(tickets(relay.url()).take(TicketKind.NORMAL, "chronic", null, Locale.SIMPLIFIED_CHINESE)
                .ticket().orElseThrow().number()).as("numbering goes on without a gap").isEqualTo("B002");
    }

    @Test
    void aNodeThatNeverAnswersIsAClearOutcomeAfterExactlyOneRetryAndNothingIsPrinted() throws Exception {
        relay.dropAnswers.set(Integer.MAX_VALUE);
        TicketOutcome lost = tickets(relay.url()).take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(lost.ticket()).isEmpty();
        assertThat(lost.failure()).contains(TicketOutcome.Failure.NODE_UNREACHABLE);
        assertThat(relay.requestIds()).hasSize(2);
        assertThat(relay.requestIds().get(0)).isEqualTo(relay.requestIds().get(1));

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        TicketOutcome down = tickets(URI.create("http://127.0.0.1:" + closedPort + "/"))
                .take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(down.failure()).contains(TicketOutcome.Failure.NODE_UNREACHABLE);
        assertThat(printedSlips()).as("no number printed that might be a duplicate").isEmpty();
    }

    @Test
    void aRefusalIsNotRetriedAndIsItsOwnOutcome() {
        TicketOutcome refused = new QueueTickets(new HallClient(relay.url(), "wrong-token-0123456789abcdef",
                Duration.ofSeconds(2)), categories, 60, printer, new TicketSlip(() -> FONTS), clock)
                .take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(refused.failure()).contains(TicketOutcome.Failure.REFUSED);
        assertThat(relay.requestIds()).hasSize(1);
    }

    @Test
    void anElderlyTicketSendsTheAgeOnlyAndADisabilityTicketTheFlagOnly() throws Exception {
        QueueTickets t = tickets(relay.url());
        TicketOutcome elderly = t.take(TicketKind.ELDERLY, "ignored", 72, Locale.SIMPLIFIED_CHINESE);
        TicketOutcome disabled = t.take(TicketKind.DISABILITY, "ignored", null, Locale.ENGLISH);
        TicketOutcome normal = t.take(TicketKind.NORMAL, "general", 72, Locale.SIMPLIFIED_CHINESE);

        QueueTicket y1 = elderly.ticket().orElseThrow();
        assertThat(y1.number()).isEqualTo("Y001");
        assertThat(y1.windows()).containsExactly(1);
        assertThat(disabled.ticket().orElseThrow().number()).isEqualTo("Y002");
        assertThat(normal.ticket().orElseThrow().number()).as("a normal choice stays normal").isEqualTo("A001");

        List<JsonNode> bodies = relay.bodies();
        assertThat(bodies.get(0).get("age").asInt()).isEqualTo(72);
        assertThat(bodies.get(0).get("disability").asBoolean()).isFalse();
        assertThat(bodies.get(1).has("age")).isFalse();
        assertThat(bodies.get(1).get("disability").asBoolean()).isTrue();
        assertThat(bodies.get(2).has("age")).as("the age is sent only to ask for priority").isFalse();
        for (JsonNode body : bodies) {
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).isSubsetOf("service", "age", "disability", "requestId");
        }
        assertThat(count("SELECT COUNT(*) FROM hall_ticket WHERE priority_reason = 'ELDERLY'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hall_ticket WHERE priority_reason = 'DISABILITY'")).isEqualTo(1);
    }

    @Test
    void anElderlyTicketNeedsTheAgeAndThePriorityWindowIsNoNormalChoice() {
        QueueTickets t = tickets(relay.url());
        assertThatThrownBy(() -> t.take(TicketKind.ELDERLY, "elderly", null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aged 60");
        assertThatThrownBy(() -> t.take(TicketKind.ELDERLY, "elderly", 59, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.take(TicketKind.NORMAL, "elderly", null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority window");
        assertThatThrownBy(() -> t.take(TicketKind.NORMAL, "nope", null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThat(relay.requestIds()).as("nothing sent").isEmpty();
    }

    @Test
    void aPrinterFailureKeepsTheTicket() throws IOException {
        printer.failWith = PrinterFailure.PAPER_OUT;
        TicketOutcome outcome = tickets(relay.url()).take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(outcome.ticket().orElseThrow().number()).isEqualTo("A001");
        assertThat(outcome.printed()).isFalse();
        assertThat(printedSlips()).isEmpty();
    }

    @Test
    void theSlipSaysNumberServiceAheadWaitAndWindowAndNothingAboutTheResident() throws Exception {
        QueueTickets t = tickets(relay.url());
        t.take(TicketKind.NORMAL, "reimburse", null, Locale.SIMPLIFIED_CHINESE);
        QueueTicket c2 = t.take(TicketKind.NORMAL, "reimburse", null, Locale.SIMPLIFIED_CHINESE).ticket().orElseThrow();
        QueueTicket y1 = t.take(TicketKind.DISABILITY, "x", null, Locale.SIMPLIFIED_CHINESE).ticket().orElseThrow();
        TicketSlip slip = new TicketSlip(() -> FONTS);
        java.time.ZonedDateTime at = c2.issuedAt().atZone(clock.getZone());
        assertThat(slip.lines(c2, at, Locale.SIMPLIFIED_CHINESE)).containsExactly("业务：报销与异地就医", "前面还有 1 人",
                "预计等候：约 3 分钟", "请到 3、5 号窗口等候叫号", "取号时间：2026-11-22 09:30", "请留意大厅叫号屏和广播");
        assertThat(slip.lines(y1, at, Locale.ENGLISH)).contains("Service: Priority window (elderly)",
                "Show your disability certificate at the window.", "Please wait for window 1")
                .noneMatch(l -> l.startsWith("Queue:"));
        java.awt.image.BufferedImage image = slip.render(c2, at, Locale.SIMPLIFIED_CHINESE, ReceiptRenderer.WIDTH_80MM);
        assertThat(image.getWidth()).isEqualTo(ReceiptRenderer.WIDTH_80MM);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        javax.imageio.ImageIO.write(image, "png", out.resolve("ticket-slip-C002.png").toFile());
        javax.imageio.ImageIO.write(slip.render(y1, at, Locale.ENGLISH, 384), "png", out.resolve("ticket-slip-Y001-58mm-en.png").toFile());
    }

    @Test
    void waitsAreRoundedTheWayTheyAreSaid() {
        assertThat(QueueTicket.roundedMinutes(Duration.ZERO)).isZero();
        assertThat(QueueTicket.roundedMinutes(Duration.ofSeconds(20))).isEqualTo(1);
        assertThat(QueueTicket.roundedMinutes(Duration.ofSeconds(150))).isEqualTo(3);
        assertThat(QueueTicket.roundedMinutes(Duration.ofMinutes(10))).isEqualTo(10);
        assertThat(QueueTicket.roundedMinutes(Duration.ofMinutes(12))).isEqualTo(10);
        assertThat(QueueTicket.roundedMinutes(Duration.ofMinutes(13))).isEqualTo(15);
        assertThat(QueueTicket.roundedMinutes(Duration.ofMinutes(41).plusSeconds(5))).isEqualTo(40);
        assertThat(TicketTexts.windows(List.of(3, 5), Locale.SIMPLIFIED_CHINESE)).isEqualTo("3、5");
        assertThat(TicketTexts.windows(List.of(2, 3, 5), Locale.ENGLISH)).isEqualTo("2, 3 or 5");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Forwards requests to the node and records the bodies of ticket and help requests; while {@code dropAnswers} is above 0 it
     * lets the node act and then closes the connection without an answer (a lost answer).
     */
    static final class Relay implements AutoCloseable {

        final AtomicInteger dropAnswers = new AtomicInteger();
        private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
        private final HttpServer server;
        private final HttpClient http = HttpClient.newHttpClient();

        Relay(URI target) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/tickets") || path.endsWith("/help")) {
                    bodies.add(MAPPER.readTree(body));
                }
                HttpResponse<byte[]> answer;
                try {
                    HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString().substring(1)))
                            .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
                    answer = http.send("POST".equals(exchange.getRequestMethod())
                            ? forward.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build() : forward.GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.close();
                    return;
                }
                if (dropAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.close(); // the node acted; its answer never reaches the kiosk
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
                exchange.close();
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        List<JsonNode> bodies() {
            return List.copyOf(bodies);
        }

        List<String> requestIds() {
            return bodies.stream().map(b -> b.path("requestId").asText()).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
