package io.anxin.kiosk.lab;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints of specs/central-sync.md. Runs on the HTTP server's worker threads; all shared state
 * is in the thread-safe store, faults and demo data. Logs method, path, terminal and status only:
 * never a body (ID numbers, names, tokens).
 */
final class LabRoutes implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LabRoutes.class);
    private static final int MAX_BODY = 8 * 1024 * 1024;
    private static final Pattern APPLICATION = Pattern.compile("/v1/applications/([^/]+)");
    private static final Pattern REFERENCE = Pattern.compile(LabStore.REFERENCE_PREFIX + "(\\d{1,18})");

    private final LabOptions options;
    private final LabStore store;
    private final Faults faults;
    private final DemoResidents residents;
    private final ReferenceData referenceData;
    private final int referenceVersion;
    private final ApplicationStates states;
    private final byte[] expectedAuthorization;

    LabRoutes(LabOptions options, LabStore store, Faults faults, DemoResidents residents, ReferenceData referenceData,
              int referenceVersion, ApplicationStates states) {
        this.options = options;
        this.store = store;
        this.faults = faults;
        this.residents = residents;
        this.referenceData = referenceData;
        this.referenceVersion = referenceVersion;
        this.states = states;
        this.expectedAuthorization = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String terminal = exchange.getRequestHeaders().getFirst("X-Terminal-Id");
        Reply reply;
        try {
            faults.delay();
            reply = route(exchange, terminal);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Reply.error(503, "SHUTTING_DOWN", "the lab server is stopping");
        } catch (BadRequest e) {
            reply = Reply.error(e.status, e.code, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("lab central: {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            reply = Reply.error(500, "LAB_ERROR", "the lab server failed: " + e.getClass().getSimpleName());
        }
        LOG.debug("lab central: {} {} terminal={} -> {}", exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), terminal, reply.drop() ? "dropped" : reply.status());
        reply.send(exchange);
    }

    private Reply route(HttpExchange exchange, String terminal) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !MessageDigest.isEqual(
                authorization.getBytes(StandardCharsets.UTF_8), expectedAuthorization)) {
            return Reply.error(401, "UNAUTHORIZED", "missing or wrong bearer token");
        }
        if (terminal == null || terminal.isBlank() || terminal.length() > LabJson.MAX_ID_LENGTH) {
            return Reply.error(400, "MISSING_TERMINAL_ID",
                    "header X-Terminal-Id is required, at most " + LabJson.MAX_ID_LENGTH + " characters");
        }
        Reply reply;
        if (path.equals("/v1/transactions")) {
            reply = method.equals("POST") ? transactions(exchange, terminal) : notAllowed("POST");
        } else if (path.equals("/v1/applications") || APPLICATION.matcher(path).matches()) {
            reply = method.equals("GET") ? application(exchange, path) : notAllowed("GET");
        } else if (path.equals("/v1/residents/lookup")) {
            reply = method.equals("POST") ? lookup(exchange) : notAllowed("POST");
        } else if (path.equals("/v1/evoucher/resolve")) {
            reply = method.equals("POST") ? evoucher(exchange) : notAllowed("POST");
        } else if (path.equals("/v1/reference-data")) {
            reply = method.equals("GET") ? referenceData(exchange) : notAllowed("GET");
        } else if (path.equals("/v1/heartbeat")) {
            reply = method.equals("POST") ? heartbeat(exchange, terminal) : notAllowed("POST");
        } else {
            return Reply.error(404, "NOT_FOUND", "no such endpoint: " + path);
        }
        if (reply.status() == 200 && !reply.drop() && faults.draw(Fault.GARBAGE)) {
            return Reply.garbage();
        }
        return reply;
    }

    private Reply transactions(HttpExchange exchange, String terminal) throws IOException {
        JsonNode body = jsonBody(exchange);
        JsonNode list = body.get("transactions");
        if (!body.isObject() || list == null || !list.isArray()) {
            throw new BadRequest(400, "BAD_REQUEST", "the body must be an object with a transactions array");
        }
        JsonNode bodyTerminal = body.get("terminalId");
        if (bodyTerminal != null && !bodyTerminal.isNull() && !bodyTerminal.asText().equals(terminal)) {
            throw new BadRequest(400, "TERMINAL_MISMATCH", "terminalId in the body differs from X-Terminal-Id");
        }
        JsonNode epoch = body.get("epoch");
        if (epoch != null && !epoch.isNull() && (!epoch.isTextual() || epoch.asText().length() > LabJson.MAX_ID_LENGTH)) {
            throw new BadRequest(400, "BAD_REQUEST", "epoch must be a string of at most " + LabJson.MAX_ID_LENGTH
                    + " characters");
        }
        if (list.size() > options.maxBatch()) {
            return Reply.error(413, "BATCH_TOO_LARGE",
                    "a batch holds at most " + options.maxBatch() + " entries, this one " + list.size());
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && list.size() == 1 && !key.equals(list.get(0).path("id").asText())) {
            throw new BadRequest(400, "IDEMPOTENCY_KEY_MISMATCH", "Idempotency-Key differs from the entry's id");
        }
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        List<IncomingEntry> entries = new ArrayList<>(list.size());
        list.forEach(node -> entries.add(LabJson.entry(node)));
        List<EntryResult> results = new ArrayList<>(store.storeBatch(terminal,
                epoch == null || epoch.isNull() ? null : epoch.asText(), entries, options.clock().instant()));
        if (faults.draw(Fault.DROP_AFTER_COMMIT)) {
            return Reply.cut();
        }
        if (!results.isEmpty() && faults.draw(Fault.PARTIAL)) {
            results.remove(faults.pick(results.size()));
        }
        ObjectNode answer = LabJson.MAPPER.createObjectNode();
        ArrayNode array = answer.putArray("results");
        for (EntryResult r : results) {
            ObjectNode o = array.addObject();
            o.put("id", r.id());
            o.put("status", r.status());
            if (r.reference() != null) {
                o.put("reference", r.reference());
            }
            if (r.errorCode() != null) {
                o.putObject("error").put("code", r.errorCode()).put("message", r.errorMessage());
            }
        }
        return Reply.json(200, answer);
    }

    private Reply application(HttpExchange exchange, String path) {
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        Optional<StoredTransaction> found;
        Matcher m = APPLICATION.matcher(path);
        if (m.matches()) {
            Matcher ref = REFERENCE.matcher(m.group(1));
            found = ref.matches() ? store.byReference(Long.parseLong(ref.group(1))) : Optional.empty();
        } else {
            String acceptanceNo = queryParameter(exchange, "acceptanceNo");
            if (acceptanceNo == null || acceptanceNo.isBlank()) {
                throw new BadRequest(400, "BAD_REQUEST", "give a reference in the path or ?acceptanceNo=");
            }
            found = store.byAcceptanceNo(acceptanceNo);
        }
        return found.map(t -> Reply.json(200, states.answer(t, options.clock().instant())))
                .orElseGet(() -> Reply.error(404, "NOT_FOUND", "no such application"));
    }

    private Reply lookup(HttpExchange exchange) throws IOException {
        String idNumber = textField(jsonBody(exchange), "idNumber");
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        return residents.lookup(idNumber).map(o -> Reply.json(200, o))
                .orElseGet(() -> Reply.error(404, "NOT_FOUND", "no such person"));
    }

    private Reply evoucher(HttpExchange exchange) throws IOException {
        String token = textField(jsonBody(exchange), "token");
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        DemoResidents.Resolution r = residents.resolve(token);
        return switch (r.outcome()) {
            case RESOLVED -> Reply.json(200, r.body());
            case EXPIRED -> Reply.error(410, "TOKEN_EXPIRED", "the e-voucher code has expired; refresh it on the phone");
            case UNKNOWN -> Reply.error(404, "NOT_FOUND", "unknown e-voucher token");
        };
    }

    private Reply referenceData(HttpExchange exchange) {
        String since = queryParameter(exchange, "since");
        Integer sinceVersion = null;
        if (since != null && !since.isBlank()) {
            try {
                sinceVersion = Integer.parseInt(since.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "BAD_REQUEST", "since must be a version number, got " + since);
            }
        }
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        if (sinceVersion != null && sinceVersion >= referenceVersion) {
            return Reply.empty(304);
        }
        ObjectNode answer = LabJson.MAPPER.createObjectNode();
        answer.put("version", referenceVersion);
        answer.set("datasets", referenceData.datasets());
        return Reply.json(200, answer);
    }

    private Reply heartbeat(HttpExchange exchange, String terminal) throws IOException {
        JsonNode body = jsonBody(exchange);
        if (!body.isObject()) {
            throw new BadRequest(400, "BAD_REQUEST", "a heartbeat is a JSON object");
        }
        if (faults.draw(Fault.FAIL)) {
            return injectedFailure();
        }
        store.addHeartbeat(terminal, options.clock().instant(), body.toString());
        return Reply.empty(204);
    }

    private static Reply injectedFailure() {
        return Reply.error(500, "INJECTED_FAILURE", "lab fault injection (--fail-rate): nothing was stored");
    }

    private static Reply notAllowed(String allowed) {
        return Reply.error(405, "METHOD_NOT_ALLOWED", "use " + allowed);
    }

    private static JsonNode jsonBody(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new BadRequest(413, "BODY_TOO_LARGE", "the body is larger than " + MAX_BODY + " bytes");
        }
        try {
            JsonNode node = LabJson.MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadRequest(400, "BAD_JSON", "the body is empty; a JSON object is expected");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest(400, "BAD_JSON", "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String textField(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (!body.isObject() || value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest(400, "BAD_REQUEST", "the body must be an object with a non-empty string " + field);
        }
        return value.asText();
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** A request the lab refuses with a 4xx before doing anything. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        BadRequest(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
