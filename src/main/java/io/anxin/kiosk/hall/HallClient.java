package io.anxin.kiosk.hall;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.Ticket;

/**
 * A member's client of the hall node (kiosk, counter console, hall display). Thread-safe; blocking
 * calls, so run them off the FX thread. Every failure is a {@link HallException}: a node that does
 * not answer within the timeout, refuses the connection or drops it is
 * {@link HallException.Kind#NODE_UNREACHABLE}. Then the caller does not know whether the change was
 * made: retrying with the same {@code requestId} returns what the first attempt did (issue, call next).
 */
public final class HallClient {

    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param nodeUrl config {@code hall.node-url}, such as {@code http://192.168.1.10:8470/}
     * @param token this terminal's token ({@link HallTokens#readMember})
     * @param timeout for connecting and for each answer (a long poll adds its wait)
     */
    public HallClient(URI nodeUrl, String token, Duration timeout) {
        String s = nodeUrl.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.authorization = "Bearer " + token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Takes a ticket; see {@link HallQueue#issue}. */
    public IssuedTicket issue(String serviceCode, Integer age, boolean disability, String requestId) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        body.put("service", serviceCode);
        if (age != null) {
            body.put("age", age);
        }
        body.put("disability", disability);
        body.put("requestId", requestId);
        JsonNode answer = post("v1/hall/tickets", body).orElseThrow(() -> unexpected("issue"));
        return parsed("issue", () -> HallJson.issued(answer));
    }

    /** Calls the next ticket for {@code window}; empty when nobody waits for it. */
    public Optional<Ticket> callNext(int window, String requestId) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        body.put("requestId", requestId);
        return post("v1/hall/windows/" + window + "/next", body).map(n -> parsed("call next", () -> HallJson.ticket(n.get("ticket"))));
    }

    /** Opens {@code window} at this terminal for {@code staffNo}; CONFLICT when another live console has it. */
    public void claimWindow(int window, String staffNo) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        body.put("staffNo", staffNo);
        post("v1/hall/windows/" + window + "/claim", body).orElseThrow(() -> unexpected("claim window"));
    }

    /** Closes {@code window} at this terminal (the clerk signs out); nothing when it is not held here. */
    public void releaseWindow(int window) {
        post("v1/hall/windows/" + window + "/release", HallJson.MAPPER.createObjectNode());
    }

    public Ticket recall(long ticketId) {
        return ticketCall(ticketId, "recall", HallJson.MAPPER.createObjectNode());
    }

    public Ticket noShow(long ticketId) {
        return ticketCall(ticketId, "no-show", HallJson.MAPPER.createObjectNode());
    }

    public Ticket finish(long ticketId) {
        return ticketCall(ticketId, "finish", HallJson.MAPPER.createObjectNode());
    }

    public Ticket transfer(long ticketId, String categoryCode) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        body.put("category", categoryCode);
        return ticketCall(ticketId, "transfer", body);
    }

    public HelpCall raiseHelp(String screen) {
        return raiseHelp(screen, null);
    }

    /** Raises a help call; a retry with the same {@code requestId} gets the call the first attempt raised. */
    public HelpCall raiseHelp(String screen, String requestId) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        body.put("screen", screen);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        JsonNode answer = post("v1/hall/help", body).orElseThrow(() -> unexpected("help"));
        return parsed("help", () -> HallJson.help(answer));
    }

    public HelpCall takeHelp(long helpId) {
        JsonNode answer = post("v1/hall/help/" + helpId + "/take", HallJson.MAPPER.createObjectNode())
                .orElseThrow(() -> unexpected("take help"));
        return parsed("take help", () -> HallJson.help(answer));
    }

    /**
     * Signs a clerk in on the node (PBKDF2 there: run off the FX thread). Wipes {@code pin}.
     *
     * @throws HallException WRONG_PIN ({@link HallException#triesLeft()}), LOCKED
     *         ({@link HallException#retryAfterSeconds()}), NO_STAFF_ROSTER, NODE_UNREACHABLE, ...
     */
    public Clerk signIn(String staffNo, char[] pin) {
        ObjectNode body = HallJson.MAPPER.createObjectNode();
        try {
            body.put("staffNo", staffNo);
            body.put("pin", new String(pin));
        } finally {
            java.util.Arrays.fill(pin, '\0');
        }
        JsonNode answer = post("v1/hall/staff/sign-in", body).orElseThrow(() -> unexpected("sign-in"));
        return parsed("sign-in", () -> HallJson.clerk(answer));
    }

    /** The feed after {@code since}; waits on the node up to {@code wait} (at most 30 s) when there is nothing yet. */
    public List<HallEvent> changes(long since, Duration wait) {
        HttpRequest request = request("v1/hall/changes?since=" + since + "&wait=" + wait.toSeconds())
                .timeout(timeout.plus(wait)).GET().build();
        JsonNode body = send(request).orElseThrow(() -> unexpected("changes"));
        return parsed("changes", () -> {
            List<HallEvent> events = new ArrayList<>();
            body.get("events").forEach(e -> events.add(HallJson.event(e)));
            return events;
        });
    }

    /** Today's board: waiting counts, tickets being served, the last calls, open help calls; see {@link HallQueue#board}. */
    public HallBoard board() {
        JsonNode body = send(request("v1/hall/board").timeout(timeout).GET().build()).orElseThrow(() -> unexpected("board"));
        return parsed("board", () -> HallJson.board(body));
    }

    private Ticket ticketCall(long ticketId, String action, ObjectNode body) {
        JsonNode answer = post("v1/hall/tickets/" + ticketId + "/" + action, body).orElseThrow(() -> unexpected(action));
        return parsed(action, () -> HallJson.ticket(answer.get("ticket")));
    }

    private Optional<JsonNode> post(String path, ObjectNode body) {
        try {
            return send(request(path).timeout(timeout).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HallJson.MAPPER.writeValueAsBytes(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization);
    }

    private Optional<JsonNode> send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new HallException(HallException.Kind.NODE_UNREACHABLE, "the hall node at " + base
                    + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HallException(HallException.Kind.NODE_UNREACHABLE, "interrupted while waiting for the hall node", e);
        }
        int status = response.statusCode();
        if (status == 204) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = HallJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new HallException(HallException.Kind.NODE_ERROR, "the hall node answered HTTP " + status
                    + " with something that is not JSON", e);
        }
        if (status == 200 || status == 201) {
            return Optional.of(body);
        }
        String message = "the hall node refused: HTTP " + status + " " + body.path("message").asText("");
        switch (body.path("error").asText("")) {
            case "WRONG_PIN" -> throw HallException.wrongPin(body.path("triesLeft").asInt());
            case "LOCKED" -> throw HallException.locked(body.path("retryAfterSeconds").asLong());
            case "NO_STAFF_ROSTER" -> throw new HallException(HallException.Kind.NO_STAFF_ROSTER, message);
            case "FORBIDDEN" -> throw new HallException(HallException.Kind.FORBIDDEN, message);
            default -> { }
        }
        throw new HallException(switch (status) {
            case 401 -> HallException.Kind.UNAUTHORIZED;
            case 400 -> HallException.Kind.BAD_REQUEST;
            case 404 -> HallException.Kind.NOT_FOUND;
            case 409 -> HallException.Kind.CONFLICT;
            // 503: the node is stopping; the same as not reachable for a member
            case 503 -> HallException.Kind.NODE_UNREACHABLE;
            default -> HallException.Kind.NODE_ERROR;
        }, message);
    }

    /** An answer that is JSON but not the shape docs/hall-api.md gives is the node's fault, not the caller's. */
    private <T> T parsed(String what, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            throw new HallException(HallException.Kind.NODE_ERROR, "the hall node's answer to " + what
                    + " is not what docs/hall-api.md describes: " + e.getMessage(), e);
        }
    }

    private HallException unexpected(String what) {
        return new HallException(HallException.Kind.NODE_ERROR, "the hall node answered " + what + " with no content");
    }
}
