package io.anxin.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;
import io.anxin.kiosk.sync.ScriptedCentral.Answer;

/** {@link CentralClient} against a scripted server: every call, every answer path, headers, token file rules. */
class CentralClientTest {

    static final String ID_NUMBER = "370102195203154320";
    static final Instant NOW = Instant.parse("2026-11-22T01:15:03Z");

    @TempDir
    Path dir;

    ScriptedCentral central;
    Path token;
    CentralClient client;

    @BeforeEach
    void start() throws Exception {
        central = new ScriptedCentral();
        token = dir.resolve("token");
        Files.writeString(token, "s3cret-token\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        client = client(central.url(), Duration.ofSeconds(5));
    }

    CentralClient client(URI url, Duration requestTimeout) {
        return new CentralClient(new CentralSettings(url, "JN-LX-007", "test", Optional.of(token), Optional.empty(),
                Duration.ofSeconds(2), requestTimeout), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        central.close();
    }

    static OutboxEntry entry(long seq) {
        return new OutboxEntry(seq, UUID.randomUUID(), "remote-care.filing", OffsetDateTime.parse("2026-11-22T09:15:03.120+08:00"),
                Optional.of("JN-LX-007-20261122-00" + seq), false, "{\"resident\":{\"idNumber\":\"" + ID_NUMBER + "\"}}",
                OutboxState.PENDING, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void batchCarriesTheContractsFieldsAndHeaders() {
        OutboxEntry a = entry(41);
        OutboxEntry b = entry(42);
        BatchAnswer answer = client.sendTransactions("epoch-1", List.of(a, b));

        assertThat(answer.results()).hasSize(2);
        assertThat(answer.resultFor(a.id()).orElseThrow().status()).isEqualTo(TransactionResult.Status.ACCEPTED);
        ScriptedCentral.Request r = central.requestsTo("/v1/transactions").get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Authorization")).isEqualTo("Bearer s3cret-token");
        assertThat(r.header("X-Terminal-Id")).isEqualTo("JN-LX-007");
        assertThat(r.header("Idempotency-Key")).as("only on single-entry batches").isNull();
        var json = r.json();
        assertThat(json.get("terminalId").asText()).isEqualTo("JN-LX-007");
        assertThat(json.get("epoch").asText()).isEqualTo("epoch-1");
        var t = json.get("transactions").get(0);
        assertThat(t.get("id").asText()).isEqualTo(a.id().toString());
        assertThat(t.get("seq").asLong()).isEqualTo(41);
        assertThat(t.get("kind").asText()).isEqualTo("remote-care.filing");
        assertThat(t.get("createdAt").asText()).isEqualTo("2026-11-22T09:15:03.120+08:00");
        assertThat(t.get("acceptanceNo").asText()).isEqualTo("JN-LX-007-20261122-0041");
        assertThat(t.get("drill").asBoolean()).isFalse();
        assertThat(t.get("payload").get("resident").get("idNumber").asText()).as("payload as JSON, not a string").isEqualTo(ID_NUMBER);
        assertThat(json.get("transactions").get(1).get("seq").asLong()).isEqualTo(42);
    }

    @Test
    void singleEntryBatchSendsIdempotencyKey() {
        OutboxEntry a = entry(7);
        client.sendTransactions("e", List.of(a));
        assertThat(central.requestsTo("/v1/transactions").get(0).header("Idempotency-Key")).isEqualTo(a.id().toString());
    }

    @Test
    void rejectedAndDuplicateAndUnusableResults() {
        OutboxEntry a = entry(1);
        OutboxEntry b = entry(2);
        OutboxEntry c = entry(3);
        central.thenTransactions(r -> Answer.of(200, "{\"results\":["
                + "{\"id\":\"" + a.id() + "\",\"status\":\"duplicate\",\"reference\":\"SRV-1\"},"
                + "{\"id\":\"" + b.id() + "\",\"status\":\"rejected\",\"error\":{\"code\":\"DISEASE_NOT_COVERED\",\"message\":\"no\"}},"
                + "{\"id\":\"" + c.id() + "\",\"status\":\"accepted\"},"            // no reference: unusable
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"accepted\",\"reference\":\"X\"},"  // not sent
                + "{\"id\":\"nonsense\",\"status\":\"weird\"}]}"));
        BatchAnswer answer = client.sendTransactions("e", List.of(a, b, c));
        assertThat(answer.resultFor(a.id()).orElseThrow().reference()).contains("SRV-1");
        assertThat(answer.resultFor(a.id()).orElseThrow().status()).isEqualTo(TransactionResult.Status.DUPLICATE);
        TransactionResult rb = answer.resultFor(b.id()).orElseThrow();
        assertThat(rb.errorCode()).contains("DISEASE_NOT_COVERED");
        assertThat(rb.errorMessage()).contains("no");
        assertThat(answer.resultFor(c.id())).isEmpty();
        assertThat(answer.unusable()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{}", "{\"results\":{}}", "<html>502</html>", ""})
    void garbageBodiesAreBadResponses(String body) {
        central.thenTransactions(r -> Answer.of(200, body));
        assertThatThrownBy(() -> client.sendTransactions("e", List.of(entry(1))))
                .isInstanceOfSatisfying(CentralException.class, e -> assertThat(e.kind()).isEqualTo(CentralException.Kind.BAD_RESPONSE));
    }

    @Test
    void httpStatusesMapToKinds() {
        central.thenTransactions(r -> Answer.status(401), r -> Answer.status(403), r -> Answer.status(413),
                r -> Answer.status(429).with("Retry-After", "120"), r -> Answer.status(503).with("Retry-After", "Sun, 22 Nov 2026 01:16:03 GMT"),
                r -> Answer.status(503), r -> Answer.status(500), r -> Answer.status(400));
        List<OutboxEntry> batch = List.of(entry(1));
        assertThat(kindOf(() -> client.sendTransactions("e", batch))).isEqualTo(CentralException.Kind.UNAUTHORIZED);
        CentralException forbidden = thrown(() -> client.sendTransactions("e", batch));
        assertThat(forbidden.kind()).isEqualTo(CentralException.Kind.UNAUTHORIZED);
        assertThat(forbidden.httpStatus()).isEqualTo(403);
        assertThat(forbidden.getMessage()).contains(token.toString()).doesNotContain("s3cret");
        assertThat(kindOf(() -> client.sendTransactions("e", batch))).isEqualTo(CentralException.Kind.TOO_LARGE);
        CentralException slow = thrown(() -> client.sendTransactions("e", batch));
        assertThat(slow.kind()).isEqualTo(CentralException.Kind.RETRY_AFTER);
        assertThat(slow.retryAfter()).contains(Duration.ofSeconds(120));
        CentralException dated = thrown(() -> client.sendTransactions("e", batch));
        assertThat(dated.retryAfter()).contains(Duration.ofSeconds(60));
        CentralException noHeader = thrown(() -> client.sendTransactions("e", batch));
        assertThat(noHeader.kind()).isEqualTo(CentralException.Kind.SERVER_ERROR);
        assertThat(noHeader.httpStatus()).isEqualTo(503);
        assertThat(thrown(() -> client.sendTransactions("e", batch)).httpStatus()).isEqualTo(500);
        assertThat(kindOf(() -> client.sendTransactions("e", batch))).isEqualTo(CentralException.Kind.SERVER_ERROR);
    }

    @Test
    void refusedConnectionIsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CentralException e = thrown(() -> client(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2))
                .sendTransactions("e", List.of(entry(1))));
        assertThat(e.kind()).isEqualTo(CentralException.Kind.OFFLINE);
        assertThat(e.unreachable()).isTrue();
    }

    @Test
    void slowAnswerIsATimeout() {
        central.thenTransactions(r -> {
            Thread.sleep(1500);
            return central.store(r);
        });
        CentralException e = thrown(() -> client(central.url(), Duration.ofMillis(300)).sendTransactions("e", List.of(entry(1))));
        assertThat(e.kind()).isEqualTo(CentralException.Kind.TIMEOUT);
    }

    @Test
    void droppedConnectionIsOffline() {
        central.thenTransactions(r -> null);
        assertThat(thrown(() -> client.sendTransactions("e", List.of(entry(1)))).unreachable()).isTrue();
    }

    @Test
    void residentLookupSendsTheIdNumberOnlyInTheBody() {
        central.then("/v1/residents/lookup", r -> Answer.of(200, """
                { "name": "王秀英", "insuranceType": "resident", "status": "active",
                  "insuredSince": "2008-01-01", "region": "370102",
                  "personalAccount": { "balance": "1234.50", "asOf": "2026-11-22T09:00:00+08:00",
                    "recent": [ { "date": "2026-11-20", "place": "济南市中心医院", "amount": "-36.20" } ] },
                  "chronicQualifications": [ { "disease": "高血压", "validTo": "2027-06-30" } ] }"""));
        ResidentAnswer a = client.lookupResident(ID_NUMBER);
        assertThat(a.name()).isEqualTo("王秀英");
        assertThat(a.personalAccount().balance()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(a.personalAccount().recent().get(0).amount()).isEqualByComparingTo("-36.20");
        assertThat(a.chronicQualifications().get(0).validTo()).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(a.toString()).doesNotContain("王秀英").doesNotContain("1234");
        ScriptedCentral.Request r = central.requestsTo("/v1/residents/lookup").get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).doesNotContain(ID_NUMBER);
        assertThat(r.json().get("idNumber").asText()).isEqualTo(ID_NUMBER);
    }

    @Test
    void residentLookupWithAWrongFieldIsABadResponseWithoutValues() {
        central.then("/v1/residents/lookup", r -> Answer.of(200, "{\"name\":\"王秀英\",\"insuranceType\":\"resident\","
                + "\"status\":\"active\",\"insuredSince\":\"yesterday\",\"region\":\"370102\",\"personalAccount\":{}}"));
        CentralException e = thrown(() -> client.lookupResident(ID_NUMBER));
        assertThat(e.kind()).isEqualTo(CentralException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).doesNotContain("王秀英").doesNotContain(ID_NUMBER);
        central.then("/v1/residents/lookup", r -> Answer.status(404));
        assertThat(kindOf(() -> client.lookupResident(ID_NUMBER))).isEqualTo(CentralException.Kind.NOT_FOUND);
    }

    @Test
    void applicationsByReferenceAndByAcceptanceNumber() {
        String body = "{\"reference\":\"SRV-88412\",\"state\":\"under-review\",\"updatedAt\":\"2026-11-23T10:00:00+08:00\",\"message\":\"审核中\"}";
        central.then("/v1/applications/SRV-88412", r -> Answer.of(200, body));
        central.then("/v1/applications", r -> Answer.of(200, body), r -> Answer.status(404));
        ApplicationAnswer a = client.applicationByReference("SRV-88412");
        assertThat(a.state()).isEqualTo("under-review");
        assertThat(a.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T10:00:00+08:00"));
        assertThat(client.applicationByAcceptanceNo("JN-LX-007-20261122-0031").reference()).isEqualTo("SRV-88412");
        assertThat(central.requests.get(1).path()).isEqualTo("/v1/applications?acceptanceNo=JN-LX-007-20261122-0031");
        assertThat(central.requests.get(1).method()).isEqualTo("GET");
        assertThat(kindOf(() -> client.applicationByAcceptanceNo("JN-X"))).isEqualTo(CentralException.Kind.NOT_FOUND);
    }

    @Test
    void evoucherResolvedUnknownAndExpired() {
        central.then("/v1/evoucher/resolve",
                r -> Answer.of(200, "{\"idNumber\":\"" + ID_NUMBER + "\",\"name\":\"王秀英\",\"insuranceType\":\"resident\",\"expiresAt\":\"2026-11-22T09:20:00+08:00\"}"),
                r -> Answer.status(404), r -> Answer.status(410));
        EvoucherAnswer a = client.resolveEvoucher("EV-CODE-1");
        assertThat(a.idNumber()).isEqualTo(ID_NUMBER);
        assertThat(a.toString()).doesNotContain(ID_NUMBER).doesNotContain("王秀英");
        assertThat(central.requests.get(0).json().get("token").asText()).isEqualTo("EV-CODE-1");
        assertThat(kindOf(() -> client.resolveEvoucher("EV-2"))).isEqualTo(CentralException.Kind.NOT_FOUND);
        assertThat(kindOf(() -> client.resolveEvoucher("EV-3"))).isEqualTo(CentralException.Kind.GONE);
    }

    @Test
    void referenceDataSinceVersionAnd304() {
        central.then("/v1/reference-data",
                r -> Answer.of(200, "{\"version\":17,\"datasets\":{\"diseases\":[{\"code\":\"I10\"}],\"hall\":{\"name\":\"x\"}}}"),
                r -> Answer.status(304), r -> Answer.of(200, "{\"version\":\"x\",\"datasets\":{}}"));
        ReferenceData d = client.referenceData(16).orElseThrow();
        assertThat(d.version()).isEqualTo(17);
        assertThat(d.datasetsJson()).containsEntry("diseases", "[{\"code\":\"I10\"}]").containsKey("hall");
        assertThat(central.requests.get(0).path()).isEqualTo("/v1/reference-data?since=16");
        assertThat(client.referenceData(17)).isEmpty();
        assertThat(kindOf(() -> client.referenceData(17))).isEqualTo(CentralException.Kind.BAD_RESPONSE);
    }

    @Test
    void heartbeatBody() {
        client.heartbeat(new Heartbeat(3, 1, 125, Map.of("cardReader", "ok", "printer", "error", "audio", "absent")));
        var json = central.requestsTo("/v1/heartbeat").get(0).json();
        assertThat(json.get("terminalId").asText()).isEqualTo("JN-LX-007");
        assertThat(json.get("appVersion").asText()).isEqualTo("test");
        assertThat(json.get("outboxPending").asLong()).isEqualTo(3);
        assertThat(json.get("outboxRejected").asLong()).isEqualTo(1);
        assertThat(json.get("oldestPendingAgeSeconds").asLong()).isEqualTo(125);
        assertThat(json.get("devices").get("printer").asText()).isEqualTo("error");
    }

    @Test
    void tokenFileReadableByOthersIsRefusedNamingFileAndMode() throws Exception {
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        CentralException e = thrown(() -> client(central.url(), Duration.ofSeconds(2)).heartbeat(new Heartbeat(0, 0, 0, Map.of())));
        assertThat(e.kind()).isEqualTo(CentralException.Kind.CONFIG);
        assertThat(e.getMessage()).contains(token.toString()).contains("rw-r--r--").contains("chmod 600")
                .doesNotContain("s3cret");
        assertThat(central.requests).as("nothing sent with a token others can read").isEmpty();
    }

    @Test
    void missingOrEmptyTokenFileIsAConfigError() throws Exception {
        Files.delete(token);
        assertThat(kindOf(() -> client.heartbeat(new Heartbeat(0, 0, 0, Map.of())))).isEqualTo(CentralException.Kind.CONFIG);
        Files.writeString(token, "  \n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("r--------"));
        assertThat(kindOf(() -> client.heartbeat(new Heartbeat(0, 0, 0, Map.of())))).isEqualTo(CentralException.Kind.CONFIG);
    }

    @Test
    void replacedTokenIsReadAgain() throws Exception {
        client.heartbeat(new Heartbeat(0, 0, 0, Map.of()));
        String before = client.credentialsFingerprint();
        Files.writeString(token, "another-longer-token");
        client.heartbeat(new Heartbeat(0, 0, 0, Map.of()));
        assertThat(central.requests.get(1).header("Authorization")).isEqualTo("Bearer another-longer-token");
        assertThat(client.credentialsFingerprint()).isNotEqualTo(before);
    }

    @Test
    void retryAfterParsing() {
        assertThat(client.retryAfter("30")).contains(Duration.ofSeconds(30));
        assertThat(client.retryAfter("Sun, 22 Nov 2026 01:15:00 GMT")).contains(Duration.ZERO);
        assertThat(client.retryAfter("soon")).isEmpty();
        assertThat(client.retryAfter("-4")).isEmpty();
    }

    static CentralException.Kind kindOf(Runnable call) {
        return thrown(call).kind();
    }

    static CentralException thrown(Runnable call) {
        try {
            call.run();
        } catch (CentralException e) {
            return e;
        }
        throw new AssertionError("expected a CentralException");
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
