package io.anxin.kiosk.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A central server for tests on 127.0.0.1, port 0 (JDK com.sun.net.httpserver). Without a script it
 * behaves like a correct server: stores each transaction id once (accepted, then duplicate), answers
 * heartbeats 204 and reference data 304. Scripted answers, queued per path, take precedence.
 */
final class ScriptedCentral implements AutoCloseable {

    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            json().get("transactions").forEach(t -> ids.add(t.get("id").asText()));
            return ids;
        }

        List<Long> seqs() {
            List<Long> seqs = new ArrayList<>();
            json().get("transactions").forEach(t -> seqs.add(t.get("seq").asLong()));
            return seqs;
        }
    }

    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer of(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }

        Answer with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Answer(status, h, body);
        }
    }

    @FunctionalInterface
    interface Script {
        Answer answer(Request request) throws Exception;
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Transaction id to (reference, seq), in the order first stored. */
    final Map<String, Long> storedSeq = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    final List<Long> storeOrder = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Script>> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger(88000);

    ScriptedCentral() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues answers for requests whose path (without query) is {@code path}. */
    ScriptedCentral then(String path, Script... answers) {
        Deque<Script> q = scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>());
        for (Script s : answers) {
            q.add(s);
        }
        return this;
    }

    void clearScripts() {
        scripts.clear();
    }

    ScriptedCentral thenTransactions(Script... answers) {
        return then("/v1/transactions", answers);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path) || r.path().startsWith(path + "?")).toList();
    }

    /** What a correct server answers to a batch: store each id once, then accepted or duplicate. */
    Answer store(Request r) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode results = root.putArray("results");
        for (JsonNode t : r.json().get("transactions")) {
            results.add(storeOne(t));
        }
        return Answer.of(200, root.toString());
    }

    ObjectNode storeOne(JsonNode t) {
        String id = t.get("id").asText();
        ObjectNode res = JSON.createObjectNode();
        res.put("id", id);
        synchronized (storedSeq) {
            if (storedSeq.containsKey(id)) {
                res.put("status", "duplicate");
            } else {
                storedSeq.put(id, t.get("seq").asLong());
                storeOrder.add(t.get("seq").asLong());
                res.put("status", "accepted");
            }
        }
        res.put("reference", "SRV-" + id.substring(0, 8));
        return res;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String full = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            Request r = new Request(ex.getRequestMethod(), full, Map.copyOf(ex.getRequestHeaders()), body);
            requests.add(r);
            Deque<Script> q = scripts.get(ex.getRequestURI().getRawPath());
            Script s = q == null ? null : q.poll();
            Answer a;
            try {
                a = s != null ? s.answer(r) : defaultAnswer(r);
            } catch (Exception e) {
                a = Answer.of(500, "{\"error\":\"script failed: " + e + "\"}");
            }
            if (a == null) {
                return; // drop: close without answering
            }
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            boolean empty = a.body().length == 0;
            ex.sendResponseHeaders(a.status(), empty ? -1 : a.body().length);
            if (!empty) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(a.body());
                }
            }
        }
    }

    private Answer defaultAnswer(Request r) {
        String path = r.path();
        if (path.equals("/v1/transactions")) {
            return store(r);
        }
        if (path.equals("/v1/heartbeat")) {
            return Answer.status(204);
        }
        if (path.startsWith("/v1/reference-data")) {
            return Answer.status(304);
        }
        return Answer.of(404, "{}");
    }

    int nextReference() {
        return references.incrementAndGet();
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
