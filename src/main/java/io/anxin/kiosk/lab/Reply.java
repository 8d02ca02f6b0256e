package io.anxin.kiosk.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/** What the lab server answers to one call; {@link #cut()} cuts the connection without an answer. */
record Reply(int status, byte[] body, String contentType, boolean drop) {

    private static final String JSON = "application/json; charset=utf-8";

    static Reply json(int status, JsonNode body) {
        return new Reply(status, body.toString().getBytes(StandardCharsets.UTF_8), JSON, false);
    }

    static Reply empty(int status) {
        return new Reply(status, new byte[0], null, false);
    }

    static Reply error(int status, String code, String message) {
        return json(status, LabJson.MAPPER.createObjectNode().set("error",
                LabJson.MAPPER.createObjectNode().put("code", code).put("message", message)));
    }

    /** A 200 that claims JSON but is not ({@code --garbage-rate}). */
    static Reply garbage() {
        return new Reply(200, "<html><body>lab central: injected garbage, not JSON".getBytes(StandardCharsets.UTF_8),
                JSON, false);
    }

    static Reply cut() {
        return new Reply(0, new byte[0], null, true);
    }

    /**
     * Sends this reply and closes the exchange. A dropped reply closes without sending headers:
     * com.sun.net.httpserver then closes the connection, and the client reads no answer at all.
     */
    void send(HttpExchange exchange) throws IOException {
        if (drop) {
            exchange.close();
            return;
        }
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
