package io.anxin.kiosk.hall;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;

/** The routes of docs/hall-api.md over a {@link HallQueue}; the terminal is the one its bearer token names. */
final class HallRoutes implements HttpHandler {

    private static final Pattern TICKET = Pattern.compile("/v1/hall/tickets/(\\d{1,18})/(recall|no-show|finish|transfer)");
    private static final Pattern WINDOW = Pattern.compile("/v1/hall/windows/(\\d{1,2})/next");
    private static final Pattern WINDOW_CLAIM = Pattern.compile("/v1/hall/windows/(\\d{1,2})/(claim|release)");
    private static final Pattern HELP = Pattern.compile("/v1/hall/help/(\\d{1,18})/take");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_BODY = 16 * 1024;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final HallQueue queue;
    private final Map<String, String> terminalsByToken;
    private final Map<String, TerminalRole> roles;
    private final StaffDesk staff;

    HallRoutes(HallQueue queue, Map<String, String> terminalsByToken, StaffDesk staff) {
        this(queue, terminalsByToken, Map.of(), staff);
    }

    /** @param roles what each terminal may do; a terminal not in it may do everything */
    HallRoutes(HallQueue queue, Map<String, String> terminalsByToken, Map<String, TerminalRole> roles, StaffDesk staff) {
        this.queue = queue;
        this.terminalsByToken = Map.copyOf(terminalsByToken);
        this.roles = Map.copyOf(roles);
        this.staff = staff;
    }

    /** Refuses a call the terminal's role does not allow: a kiosk never calls tickets, a display changes nothing. */
    private void allow(String terminal, TerminalRole needed, String what) {
        TerminalRole role = roles.getOrDefault(terminal, TerminalRole.ANY);
        if (!role.may(needed)) {
            throw new HallException(HallException.Kind.FORBIDDEN, "terminal " + terminal + " is a "
                    + role.name().toLowerCase(java.util.Locale.ROOT) + " (hall.token-file); " + what + " is for a "
                    + needed.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String terminal = terminal(exchange);
            if (terminal == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                send(exchange, 401, error("UNAUTHORIZED", "a valid bearer token from hall.token-file is needed"));
                return;
            }
            queue.seen(terminal);
            try {
                route(exchange, terminal);
            } catch (HallException e) {
                ObjectNode body = error(e.kind().name(), e.getMessage());
                if (e.kind() == HallException.Kind.WRONG_PIN) {
                    body.put("triesLeft", e.triesLeft());
                } else if (e.kind() == HallException.Kind.LOCKED) {
                    body.put("retryAfterSeconds", e.retryAfterSeconds());
                    exchange.getResponseHeaders().set("Retry-After", Long.toString(e.retryAfterSeconds()));
                }
                send(exchange, e.status(), body);
            } catch (IllegalArgumentException | JsonProcessingException e) {
                send(exchange, 400, error("BAD_REQUEST", e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, 503, error("NODE_ERROR", "the node is stopping"));
            } catch (RuntimeException e) {
                send(exchange, 500, error("NODE_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, String terminal) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Matcher m;
        if ("GET".equals(method) && "/v1/hall/changes".equals(path)) {
            changes(exchange);
        } else if ("GET".equals(method) && "/v1/hall/board".equals(path)) {
            send(exchange, 200, HallJson.board(queue.board()));
        } else if ("GET".equals(method) && "/v1/hall/queue".equals(path)) {
            Map<String, Integer> counts = new TreeMap<>();
            queue.categories().all().forEach(c -> counts.put(c.code(), 0));
            queue.waiting().forEach(t -> counts.merge(t.categoryCode(), 1, Integer::sum));
            ObjectNode body = HallJson.MAPPER.createObjectNode();
            counts.forEach(body.putObject("waiting")::put);
            send(exchange, 200, body);
        } else if (!"POST".equals(method)) {
            send(exchange, 405, error("BAD_REQUEST", method + " " + path + " is not a hall API call"));
        } else if ("/v1/hall/tickets".equals(path)) {
            allow(terminal, TerminalRole.KIOSK, "taking a ticket");
            JsonNode body = body(exchange);
            JsonNode age = body.get("age");
            IssuedTicket issued = queue.issue(body.path("service").asText(null),
                    age == null || age.isNull() ? null : checkedAge(age), body.path("disability").asBoolean(false),
                    terminal, requestId(body));
            send(exchange, 201, HallJson.issued(issued));
        } else if ((m = WINDOW.matcher(path)).matches()) {
            allow(terminal, TerminalRole.COUNTER, "calling a ticket");
            Optional<Ticket> called = queue.callNext(Integer.parseInt(m.group(1)), terminal, requestId(body(exchange)));
            if (called.isPresent()) {
                send(exchange, 200, wrap(HallJson.ticket(called.get())));
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
        } else if ((m = WINDOW_CLAIM.matcher(path)).matches()) {
            allow(terminal, TerminalRole.COUNTER, "opening a window");
            int window = Integer.parseInt(m.group(1));
            if ("claim".equals(m.group(2))) {
                HallQueue.WindowClaim claim = queue.claimWindow(window, terminal, body(exchange).path("staffNo").asText(""));
                ObjectNode answer = HallJson.MAPPER.createObjectNode();
                answer.put("window", claim.window());
                answer.put("terminal", claim.terminal());
                answer.put("staffNo", claim.staffNo());
                send(exchange, 200, answer);
            } else {
                queue.releaseWindow(window, terminal);
                exchange.sendResponseHeaders(204, -1);
            }
        } else if ((m = TICKET.matcher(path)).matches()) {
            allow(terminal, TerminalRole.COUNTER, "changing a ticket");
            long id = Long.parseLong(m.group(1));
            Ticket t = switch (m.group(2)) {
                case "recall" -> queue.recall(id, terminal);
                case "no-show" -> queue.noShow(id, terminal);
                case "finish" -> queue.finish(id, terminal);
                default -> queue.transfer(id, body(exchange).path("category").asText(null), terminal);
            };
            send(exchange, 200, wrap(HallJson.ticket(t)));
        } else if ("/v1/hall/help".equals(path)) {
            allow(terminal, TerminalRole.KIOSK, "raising a help call");
            JsonNode body = body(exchange);
            send(exchange, 201, HallJson.help(queue.raiseHelp(terminal, body.path("screen").asText(null), requestId(body))));
        } else if ("/v1/hall/staff/sign-in".equals(path)) {
            allow(terminal, TerminalRole.COUNTER, "clerk sign-in");
            JsonNode body = body(exchange);
            JsonNode pin = body.get("pin");
            if (pin == null || !pin.isTextual()) {
                throw new IllegalArgumentException("pin must be a string of digits");
            }
            send(exchange, 200, HallJson.clerk(staff.signIn(body.path("staffNo").asText(null), pin.asText().toCharArray(),
                    terminal)));
        } else if ((m = HELP.matcher(path)).matches()) {
            allow(terminal, TerminalRole.COUNTER, "taking a help call");
            send(exchange, 200, HallJson.help(queue.takeHelp(Long.parseLong(m.group(1)), terminal)));
        } else {
            send(exchange, 404, error("NOT_FOUND", "no hall API call at " + path));
        }
    }

    private void changes(HttpExchange exchange) throws IOException, InterruptedException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        long since = Long.parseLong(query.getOrDefault("since", "0"));
        Duration wait = Duration.ofSeconds(Long.parseLong(query.getOrDefault("wait", "25")));
        if (since < 0 || wait.isNegative() || wait.compareTo(MAX_WAIT) > 0) {
            throw new IllegalArgumentException("since must be 0 or more and wait 0 to " + MAX_WAIT.toSeconds() + " seconds");
        }
        List<HallEvent> events = queue.changes(since, wait);
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("events");
        events.forEach(e -> list.add(HallJson.event(e)));
        body.put("last", events.isEmpty() ? since : events.get(events.size() - 1).seq());
        send(exchange, 200, body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new TreeMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return q;
    }

    private static int checkedAge(JsonNode age) {
        if (!age.isInt() || age.asInt() < 0 || age.asInt() > 130) {
            throw new IllegalArgumentException("age must be a whole number from 0 to 130");
        }
        return age.asInt();
    }

    private static String requestId(JsonNode body) {
        JsonNode id = body.get("requestId");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() || !REQUEST_ID.matcher(id.asText()).matches()) {
            throw new IllegalArgumentException("requestId must be 1 to 64 letters, digits or ._:-");
        }
        return id.asText();
    }

    private String terminal(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return null;
        }
        return terminalsByToken.get(auth.substring("Bearer ".length()).strip());
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("request body over " + MAX_BODY + " bytes");
            }
            if (bytes.length == 0) {
                return HallJson.MAPPER.createObjectNode();
            }
            JsonNode node = HallJson.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the request body must be a JSON object");
            }
            return node;
        }
    }

    private static ObjectNode wrap(ObjectNode ticket) {
        ObjectNode n = HallJson.MAPPER.createObjectNode();
        n.set("ticket", ticket);
        return n;
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode n = HallJson.MAPPER.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        return n;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = HallJson.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
