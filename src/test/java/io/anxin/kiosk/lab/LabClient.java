package io.anxin.kiosk.lab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plain java.net.http client for the lab server in tests: real HTTP, token and terminal headers. */
final class LabClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TERMINAL = "JN-LX-007";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    LabClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
        return post(path, body.toString());
    }

    HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("X-Terminal-Id", TERMINAL)
                .header("Content-Type", "application/json");
    }

    HttpRequest.Builder requestWithout(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    }

    /** One outbox entry as the kiosk would send it. */
    static ObjectNode entry(String id, long seq, String kind, String acceptanceNo, ObjectNode payload) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id);
        e.put("seq", seq);
        e.put("kind", kind);
        e.put("createdAt", "2026-11-22T09:15:03.120+08:00");
        e.put("acceptanceNo", acceptanceNo);
        e.put("drill", false);
        e.set("payload", payload);
        return e;
    }

    static ObjectNode entry(long seq) {
        return entry(UUID.randomUUID().toString(), seq, "remote-care.filing", "JN-LX-007-20261122-" + seq,
                JSON.createObjectNode().put("destination", "北京市").put("n", seq));
    }

    static ObjectNode batch(List<ObjectNode> entries) {
        ObjectNode b = JSON.createObjectNode();
        b.put("terminalId", TERMINAL);
        b.put("epoch", "5b0e6a52-0d7e-4c55-9e0b-2f4f1f7c9a10");
        ArrayNode list = b.putArray("transactions");
        entries.forEach(list::add);
        return b;
    }

    static JsonNode parse(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
