package io.anxin.kiosk.lab;

import static io.anxin.kiosk.lab.LabClient.batch;
import static io.anxin.kiosk.lab.LabClient.entry;
import static io.anxin.kiosk.lab.LabClient.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import io.anxin.kiosk.ui.support.MutableClock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/transactions, authentication, restart and the store, over real HTTP on loopback. */
class LabCentralTest {

    static final String TOKEN = "lab-test-token-7f3a";

    @TempDir
    Path tmp;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), java.time.ZoneOffset.UTC);
    LabCentral central;
    LabClient client;

    @BeforeEach
    void start() {
        central = LabCentral.start(options().build());
        client = new LabClient(central.uri(), TOKEN);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    LabOptions.Builder options() {
        return LabOptions.builder(tmp.resolve("data"), TOKEN).clock(clock).maxBatch(10);
    }

    @Test
    void listensOnLoopbackOnAFreePort() {
        assertThat(central.port()).isPositive();
        assertThat(central.uri().toString()).isEqualTo("http://127.0.0.1:" + central.port());
    }

    @Test
    void acceptsABatchWithOneResultPerEntryInOrder() throws Exception {
        List<ObjectNode> entries = List.of(entry(1), entry(2), entry(3));
        HttpResponse<String> r = client.post("/v1/transactions", batch(entries));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode results = parse(r).get("results");
        assertThat(results).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(results.get(i).get("id").asText()).isEqualTo(entries.get(i).get("id").asText());
            assertThat(results.get(i).get("status").asText()).isEqualTo("accepted");
            assertThat(results.get(i).get("reference").asText()).isEqualTo("SRV-" + (10001 + i));
        }
        assertThat(central.arrivalOrder()).containsExactly(ids(entries));
        assertThat(central.storedIds().values()).containsOnly(1);
        StoredTransaction t = central.transaction(entries.get(0).get("id").asText()).orElseThrow();
        assertThat(t.terminalId()).isEqualTo(LabClient.TERMINAL);
        assertThat(t.seq()).isEqualTo(1L);
        assertThat(t.acceptanceNo()).isEqualTo("JN-LX-007-20261122-1");
        assertThat(t.receivedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aResentEntryIsADuplicateWithTheFirstReference() throws Exception {
        ObjectNode a = entry(1);
        ObjectNode b = entry(2);
        client.post("/v1/transactions", batch(List.of(a)));

        JsonNode results = parse(client.post("/v1/transactions", batch(List.of(a, b)))).get("results");

        assertThat(results.get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(0).get("reference").asText()).isEqualTo("SRV-10001");
        assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(1).get("reference").asText()).isEqualTo("SRV-10002");
        assertThat(central.storedIds()).containsExactly(Map.entry(a.get("id").asText(), 2),
                Map.entry(b.get("id").asText(), 1));
    }

    @Test
    void aResentEntryWithAnotherSeqIsStillTheSameTransaction() throws Exception {
        ObjectNode a = entry(1);
        client.post("/v1/transactions", batch(List.of(a)));
        ObjectNode again = a.deepCopy().put("seq", 99);

        JsonNode result = parse(client.post("/v1/transactions", batch(List.of(again)))).get("results").get(0);

        assertThat(result.get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void theSameIdWithOtherContentIsRejectedAsConflictAndKeepsTheFirst() throws Exception {
        ObjectNode a = entry(1);
        String id = a.get("id").asText();
        client.post("/v1/transactions", batch(List.of(a)));
        String hash = central.contentHash(id).orElseThrow();
        ObjectNode changed = a.deepCopy();
        ((ObjectNode) changed.get("payload")).put("destination", "上海市");

        JsonNode result = parse(client.post("/v1/transactions", batch(List.of(changed)))).get("results").get(0);

        assertThat(result.get("id").asText()).isEqualTo(id);
        assertThat(result.get("status").asText()).isEqualTo("rejected");
        assertThat(result.get("error").get("code").asText()).isEqualTo("CONFLICT");
        assertThat(result.get("error").get("message").asText()).contains("SRV-10001");
        assertThat(result.has("reference")).isFalse();
        assertThat(central.contentHash(id)).contains(hash);
        assertThat(central.transaction(id).orElseThrow().conflicts()).isEqualTo(1);
        assertThat(central.storedIds()).containsExactly(Map.entry(id, 1));
    }

    @Test
    void keyOrderDoesNotChangeTheContent() throws Exception {
        ObjectNode a = entry(1);
        client.post("/v1/transactions", batch(List.of(a)));
        String reordered = "{\"payload\":{\"n\":1,\"destination\":\"北京市\"},\"drill\":false,"
                + "\"acceptanceNo\":\"JN-LX-007-20261122-1\",\"createdAt\":\"2026-11-22T09:15:03.120+08:00\","
                + "\"kind\":\"remote-care.filing\",\"seq\":1,\"id\":\"" + a.get("id").asText() + "\"}";

        HttpResponse<String> r = client.post("/v1/transactions",
                "{\"terminalId\":\"JN-LX-007\",\"transactions\":[" + reordered + "]}");

        assertThat(parse(r).get("results").get(0).get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void theSameIdTwiceInOneBatchIsStoredOnce() throws Exception {
        ObjectNode a = entry(1);
        JsonNode results = parse(client.post("/v1/transactions", batch(List.of(a, a)))).get("results");

        assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(1).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(1).get("reference").asText()).isEqualTo(results.get(0).get("reference").asText());
        assertThat(central.storedIds()).hasSize(1);
    }

    @Test
    void parallelTerminalsSendingOverlappingBatchesStoreEachIdOnce() throws Exception {
        List<ObjectNode> shared = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            shared.add(entry(i));
        }
        int threads = 4;
        int rounds = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        List<ObjectNode> b = new java.util.ArrayList<>(shared);
                        b.add(entry(100 + r));
                        JsonNode results = parse(client.post("/v1/transactions", batch(b))).get("results");
                        assertThat(results).hasSize(6);
                        for (JsonNode x : results) {
                            if (x.get("status").asText().equals("accepted")) {
                                accepted.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        int stored = 5 + threads * rounds;
        assertThat(central.storedIds()).hasSize(stored);
        assertThat(accepted.get()).isEqualTo(stored);
        assertThat(central.storedIds().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(threads * rounds * 6);
        assertThat(central.transactions().stream().map(StoredTransaction::reference).distinct()).hasSize(stored);
    }

    @Test
    void drillEntriesAreStoredInTheLab() throws Exception {
        ObjectNode drill = entry(1).put("drill", true).put("kind", "drill.synthetic");

        JsonNode result = parse(client.post("/v1/transactions", batch(List.of(drill)))).get("results").get(0);

        assertThat(result.get("status").asText()).isEqualTo("accepted");
        assertThat(central.transaction(drill.get("id").asText()).orElseThrow().drill()).isTrue();
    }

    @Test
    void aBadEntryIsRejectedAloneAndTheOthersAreStored() throws Exception {
        ObjectNode good = entry(1);
        ObjectNode noKind = entry(2);
        noKind.remove("kind");
        ObjectNode badPayload = entry(3).put("payload", "text");
        ObjectNode longKind = entry(4).put("kind", "k".repeat(201));

        JsonNode results = parse(client.post("/v1/transactions", batch(List.of(noKind, good, badPayload, longKind))))
                .get("results");

        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(0).get("error").get("code").asText()).isEqualTo("INVALID_ENTRY");
        assertThat(results.get(0).get("error").get("message").asText()).contains("kind");
        assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(2).get("error").get("message").asText()).contains("payload");
        assertThat(results.get(3).get("error").get("code").asText()).isEqualTo("INVALID_ENTRY");
        assertThat(central.arrivalOrder()).containsExactly(good.get("id").asText());
    }

    @Test
    void aBatchOverTheMaximumIs413AndStoresNothing() throws Exception {
        List<ObjectNode> eleven = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(entry(i));
        }
        HttpResponse<String> r = client.post("/v1/transactions", batch(eleven));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(parse(r).get("error").get("code").asText()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(central.storedIds()).isEmpty();
        assertThat(client.post("/v1/transactions", batch(eleven.subList(0, 10))).statusCode()).isEqualTo(200);
        assertThat(central.storedIds()).hasSize(10);
    }

    @Test
    void theIdempotencyKeyOfAOneEntryBatchMustBeItsId() throws Exception {
        ObjectNode a = entry(1);
        String body = batch(List.of(a)).toString();
        HttpResponse<String> wrong = client.send(client.request("/v1/transactions")
                .header("Idempotency-Key", "another-id").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> right = client.send(client.request("/v1/transactions")
                .header("Idempotency-Key", a.get("id").asText())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(parse(wrong).get("error").get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_MISMATCH");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(central.storedIds()).containsOnlyKeys(a.get("id").asText());
    }

    @Test
    void anEmptyBatchGetsNoResults() throws Exception {
        HttpResponse<String> r = client.post("/v1/transactions", batch(List.of()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(parse(r).get("results")).isEmpty();
    }

    @Test
    void aBodyThatIsNotTheBatchJsonIs400() throws Exception {
        HttpResponse<String> notJson = client.post("/v1/transactions", "{\"transactions\": [");
        HttpResponse<String> noList = client.post("/v1/transactions", "{\"terminalId\":\"JN-LX-007\"}");
        HttpResponse<String> otherTerminal = client.post("/v1/transactions",
                batch(List.of(entry(1))).put("terminalId", "JN-LX-008"));

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(parse(notJson).get("error").get("code").asText()).isEqualTo("BAD_JSON");
        assertThat(noList.statusCode()).isEqualTo(400);
        assertThat(otherTerminal.statusCode()).isEqualTo(400);
        assertThat(parse(otherTerminal).get("error").get("code").asText()).isEqualTo("TERMINAL_MISMATCH");
        assertThat(central.storedIds()).isEmpty();
    }

    @Test
    void aMissingOrWrongTokenIs401AndStoresNothing() throws Exception {
        String body = batch(List.of(entry(1))).toString();
        HttpResponse<String> none = client.send(client.requestWithout("/v1/transactions")
                .header("X-Terminal-Id", LabClient.TERMINAL)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> wrong = new LabClient(central.uri(), TOKEN + "x").post("/v1/transactions", body);
        HttpResponse<String> prefix = new LabClient(central.uri(), "lab-test").post("/v1/transactions", body);
        HttpResponse<String> heartbeat = new LabClient(central.uri(), "nope").post("/v1/heartbeat", "{}");

        assertThat(List.of(none.statusCode(), wrong.statusCode(), prefix.statusCode(), heartbeat.statusCode()))
                .containsOnly(401);
        assertThat(parse(wrong).get("error").get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(central.storedIds()).isEmpty();
        assertThat(central.heartbeats()).isEmpty();
    }

    @Test
    void aMissingTerminalIdIs400() throws Exception {
        HttpResponse<String> r = client.send(client.requestWithout("/v1/heartbeat")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(parse(r).get("error").get("code").asText()).isEqualTo("MISSING_TERMINAL_ID");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertThat(client.get("/v1/nothing").statusCode()).isEqualTo(404);
        assertThat(client.get("/v1/transactions").statusCode()).isEqualTo(405);
        assertThat(client.post("/v1/reference-data", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void heartbeatsAre204AndStored() throws Exception {
        String body = "{\"terminalId\":\"JN-LX-007\",\"appVersion\":\"0.1.0\",\"outboxPending\":3,"
                + "\"outboxRejected\":0,\"oldestPendingAgeSeconds\":42,\"devices\":{\"cardReader\":\"ok\","
                + "\"printer\":\"absent\",\"audio\":\"error\"}}";

        HttpResponse<String> r = client.post("/v1/heartbeat", body);

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(central.heartbeats()).hasSize(1);
        LabHeartbeat h = central.heartbeats().get(0);
        assertThat(h.terminalId()).isEqualTo(LabClient.TERMINAL);
        assertThat(h.receivedAt()).isEqualTo(clock.instant());
        assertThat(LabClient.JSON.readTree(h.bodyJson()).get("outboxPending").asInt()).isEqualTo(3);
        assertThat(client.post("/v1/heartbeat", "not json").statusCode()).isEqualTo(400);
        assertThat(client.post("/v1/heartbeat", "[1]").statusCode()).isEqualTo(400);
        assertThat(central.heartbeats()).hasSize(1);
    }

    @Test
    void aRestartOnTheSameDataKeepsEverythingAndStillDeduplicates() throws Exception {
        ObjectNode a = entry(1);
        ObjectNode b = entry(2);
        client.post("/v1/transactions", batch(List.of(a, b)));
        client.post("/v1/heartbeat", "{\"outboxPending\":0}");
        String hash = central.contentHash(a.get("id").asText()).orElseThrow();
        central.close();

        central = LabCentral.start(options().build());
        client = new LabClient(central.uri(), TOKEN);
        ObjectNode c = entry(3);
        JsonNode results = parse(client.post("/v1/transactions", batch(List.of(b, c, a)))).get("results");

        assertThat(results.get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(0).get("reference").asText()).isEqualTo("SRV-10002");
        assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(1).get("reference").asText()).isEqualTo("SRV-10003");
        assertThat(results.get(2).get("reference").asText()).isEqualTo("SRV-10001");
        assertThat(central.arrivalOrder()).containsExactly(a.get("id").asText(), b.get("id").asText(),
                c.get("id").asText());
        assertThat(central.contentHash(a.get("id").asText())).contains(hash);
        assertThat(central.heartbeats()).hasSize(1);
    }

    @Test
    void aSecondServerOnTheSameDataOrPortIsRefusedAsUnavailable() {
        assertThatThrownBy(() -> LabCentral.start(options().build()))
                .isInstanceOf(LabException.class)
                .satisfies(e -> assertThat(((LabException) e).kind()).isEqualTo(LabException.Kind.UNAVAILABLE));
        assertThatThrownBy(() -> LabCentral.start(LabOptions.builder(tmp.resolve("other"), TOKEN)
                .port(central.port()).build()))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("in use")
                .satisfies(e -> assertThat(((LabException) e).kind()).isEqualTo(LabException.Kind.UNAVAILABLE));
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() {
        assertThatThrownBy(() -> options().failRate(1.5).build()).isInstanceOf(LabException.class)
                .hasMessageContaining("fail rate").hasMessageContaining("1.5");
        assertThatThrownBy(() -> LabOptions.builder(tmp, " ").build()).hasMessageContaining("token");
        assertThat(options().build().toString()).doesNotContain(TOKEN).contains("token=(hidden)");
    }

    private static String[] ids(List<ObjectNode> entries) {
        return entries.stream().map(e -> e.get("id").asText()).toArray(String[]::new);
    }
}
