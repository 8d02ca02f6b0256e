package io.anxin.kiosk.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFixtures;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.support.SyncTaskRunner;

/**
 * The node calls a ticket but its answer is lost on the way (a proxy drops the connection after
 * forwarding): the console's retry carries the same request id, so it gets that ticket back instead
 * of skipping it and calling the next one. View model only, no stage.
 */
class LostAnswerTest {

    @TempDir
    Path dir;

    @Test
    void aRetriedCallNextGetsTheTicketWhoseAnswerWasLost() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), HallFixtures.ZONE);
        try (Database db = Database.open(dir.resolve("db"));
             HallNode node = HallNode.start(HallFixtures.queue(db, clock), InetAddress.getLoopbackAddress(), 0,
                     Map.of(CounterRig.KIOSK_TOKEN, "KIOSK-01", CounterRig.COUNTER_TOKEN, "COUNTER-01"))) {
            URI nodeUrl = URI.create("http://127.0.0.1:" + node.port() + "/");
            AtomicInteger dropCallNext = new AtomicInteger(1);
            HttpServer proxy = lossyProxy(nodeUrl, dropCallNext);
            try {
                HallClient kiosk = new HallClient(nodeUrl, CounterRig.KIOSK_TOKEN, Duration.ofSeconds(5));
                HallClient counter = new HallClient(URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/"),
                        CounterRig.COUNTER_TOKEN, Duration.ofSeconds(5));
                kiosk.issue("general", null, false, "k1");
                kiosk.issue("general", null, false, "k2");

                CounterSession session = new CounterSession();
                session.signedIn(new io.anxin.kiosk.domain.hall.Clerk("1001", "王敏", "Wang Min"));
                session.windowChosen(2);
                ConsoleViewModel console = new ConsoleViewModel(counter, new SyncTaskRunner(), session,
                        HallFixtures.categories(), clock, () -> { }, new I18n(Locale.SIMPLIFIED_CHINESE));

                console.callNext();
                assertThat(dropCallNext.get()).as("the proxy dropped the answer").isZero();
                assertThat(console.errorProperty().get().key()).isEqualTo("counter.error.unreachable");
                assertThat(console.currentProperty().get()).isNull();
                assertThat(called(kiosk)).as("the node did call A001").containsExactly("A001");

                console.callNext();
                assertThat(console.currentProperty().get().number()).isEqualTo("A001");
                assertThat(called(kiosk)).as("the retry did not call a second ticket").containsExactly("A001");

                console.finish();
                console.callNext();
                assertThat(console.currentProperty().get().number()).isEqualTo("A002");
                assertThat(called(kiosk)).containsExactly("A001", "A002");
            } finally {
                proxy.stop(0);
            }
        }
    }

    private static List<String> called(HallClient client) {
        return client.changes(0, Duration.ZERO).stream().filter(e -> "CALLED".equals(e.kind())).map(HallEvent::number).toList();
    }

    /** Forwards everything to the node; drops the answer of the first {@code drops} call-next requests. */
    private static HttpServer lossyProxy(URI node, AtomicInteger drops) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder forward = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString().substring(1)))
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .method(exchange.getRequestMethod(), body.length == 0 && "GET".equals(exchange.getRequestMethod())
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                HttpResponse<byte[]> answer;
                try {
                    answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (exchange.getRequestURI().getPath().endsWith("/next") && drops.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return; // the node has done it; the member never hears
                }
                answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
                exchange.sendResponseHeaders(answer.statusCode(), answer.statusCode() == 204 ? -1 : answer.body().length);
                if (answer.statusCode() != 204) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer.body());
                    }
                }
            }
        });
        proxy.start();
        return proxy;
    }
}
