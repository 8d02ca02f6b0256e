package io.anxin.kiosk.hall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.store.Database;

/** POST /v1/hall/staff/sign-in over real HTTP on loopback. */
class StaffSignInApiTest {

    @TempDir
    Path dir;

    private Database db;
    private HallNode node;
    private URI url;

    @BeforeEach
    void start() {
        db = Database.open(dir.resolve("db"));
        node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                Map.of(HallApiTest.COUNTER_TOKEN, "COUNTER-02"),
                StaffFixtures.desk(StaffFixtures.roster(), db, Clock.systemUTC()));
        url = URI.create("http://127.0.0.1:" + node.port() + "/");
    }

    @AfterEach
    void stop() {
        node.close();
        db.close();
    }

    private HallClient client() {
        return new HallClient(url, HallApiTest.COUNTER_TOKEN, Duration.ofSeconds(10));
    }

    @Test
    void theClientSignsInAndWipesThePin() {
        char[] pin = "2468".toCharArray();
        assertEquals(new Clerk("1002", "李强", "Li Qiang"), client().signIn("1002", pin));
        assertArrayEquals(new char[4], pin);
    }

    @Test
    void wrongPinThenLockedComeBackWithTriesLeftAndRetryAfter() {
        for (int left = 4; left >= 1; left--) {
            HallException e = assertThrows(HallException.class, () -> client().signIn("1001", "1111".toCharArray()));
            assertEquals(HallException.Kind.WRONG_PIN, e.kind());
            assertEquals(left, e.triesLeft());
        }
        HallException locked = assertThrows(HallException.class, () -> client().signIn("1001", "1111".toCharArray()));
        assertEquals(HallException.Kind.LOCKED, locked.kind(), "the fifth wrong PIN locks");
        assertEquals(300, locked.retryAfterSeconds());
        HallException now = assertThrows(HallException.class, () -> client().signIn("1001", "1357".toCharArray()));
        assertEquals(HallException.Kind.LOCKED, now.kind(), "the right PIN does not open the lock");
        assertTrue(now.retryAfterSeconds() > 290 && now.retryAfterSeconds() <= 300, "" + now.retryAfterSeconds());
    }

    @Test
    void theRawAnswersHaveTheDocumentedShape() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(post("{\"staffNo\":\"1001\",\"pin\":\"1357\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("{\"staffNo\":\"1001\",\"name_zh\":\"王敏\",\"name_en\":\"Wang Min\"}", ok.body());
        HttpResponse<String> wrong = http.send(post("{\"staffNo\":\"1001\",\"pin\":\"0000\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("\"error\":\"WRONG_PIN\"") && wrong.body().contains("\"triesLeft\":4"), wrong.body());
        for (int i = 0; i < 4; i++) {
            http.send(post("{\"staffNo\":\"1001\",\"pin\":\"0000\"}"), HttpResponse.BodyHandlers.ofString());
        }
        HttpResponse<String> locked = http.send(post("{\"staffNo\":\"1001\",\"pin\":\"0000\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(423, locked.statusCode());
        assertTrue(locked.body().contains("\"error\":\"LOCKED\"") && locked.body().contains("\"retryAfterSeconds\":"), locked.body());
        assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> bad = http.send(post("{\"staffNo\":\"1001\",\"pin\":1357}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(!bad.body().contains("1357"), "the answer does not echo the PIN: " + bad.body());
    }

    @Test
    void aNodeStartedWithoutARosterRefusesClearly() {
        try (HallNode old = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0,
                Map.of(HallApiTest.COUNTER_TOKEN, "COUNTER-02"))) {
            HallClient c = new HallClient(URI.create("http://127.0.0.1:" + old.port() + "/"), HallApiTest.COUNTER_TOKEN,
                    Duration.ofSeconds(10));
            HallException e = assertThrows(HallException.class, () -> c.signIn("1001", "1357".toCharArray()));
            assertEquals(HallException.Kind.NO_STAFF_ROSTER, e.kind());
            assertTrue(e.getMessage().contains("staff.csv"), e.getMessage());
        }
    }

    private HttpRequest post(String json) {
        return HttpRequest.newBuilder(url.resolve("v1/hall/staff/sign-in"))
                .header("Authorization", "Bearer " + HallApiTest.COUNTER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
