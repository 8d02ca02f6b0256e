package io.anxin.kiosk.hall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;

/** The JSON shapes of docs/hall-api.md, both ways; shared by node and client. Thread-safe. */
final class HallJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private HallJson() {
    }

    static ObjectNode ticket(Ticket t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id());
        n.put("number", t.number());
        n.put("day", t.day().toString());
        n.put("category", t.categoryCode());
        n.put("service", t.serviceCode());
        n.put("priority", t.priority());
        n.put("issuedAt", t.issuedAt().toString());
        n.put("state", t.state().name());
        n.put("window", t.window());
        n.put("calledAt", t.calledAt() == null ? null : t.calledAt().toString());
        return n;
    }

    static Ticket ticket(JsonNode n) {
        JsonNode called = n.get("calledAt");
        return new Ticket(n.get("id").asLong(), text(n, "number"), LocalDate.parse(text(n, "day")), text(n, "category"),
                text(n, "service"), n.get("priority").asBoolean(), Instant.parse(text(n, "issuedAt")),
                TicketState.valueOf(text(n, "state")), n.get("window").asInt(),
                called == null || called.isNull() ? null : Instant.parse(called.asText()));
    }

    static ObjectNode clerk(Clerk c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("staffNo", c.staffNo());
        n.put("name_zh", c.nameZh());
        n.put("name_en", c.nameEn());
        return n;
    }

    static Clerk clerk(JsonNode n) {
        return new Clerk(text(n, "staffNo"), text(n, "name_zh"), text(n, "name_en"));
    }

    static ObjectNode issued(IssuedTicket t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("ticket", ticket(t.ticket()));
        n.put("ahead", t.ahead());
        n.put("estimatedWaitSeconds", t.estimatedWait().toSeconds());
        return n;
    }

    static IssuedTicket issued(JsonNode n) {
        return new IssuedTicket(ticket(n.get("ticket")), n.get("ahead").asInt(),
                Duration.ofSeconds(n.get("estimatedWaitSeconds").asLong()));
    }

    static ObjectNode help(HelpCall h) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", h.id());
        n.put("terminal", h.terminal());
        n.put("screen", h.screen());
        n.put("raisedAt", h.raisedAt().toString());
        n.put("takenAt", h.takenAt() == null ? null : h.takenAt().toString());
        n.put("takenBy", h.takenBy());
        return n;
    }

    static HelpCall help(JsonNode n) {
        JsonNode taken = n.get("takenAt");
        JsonNode by = n.get("takenBy");
        return new HelpCall(n.get("id").asLong(), text(n, "terminal"), text(n, "screen"), Instant.parse(text(n, "raisedAt")),
                taken == null || taken.isNull() ? null : Instant.parse(taken.asText()),
                by == null || by.isNull() ? null : by.asText());
    }

    static ObjectNode event(HallEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("seq", e.seq());
        n.put("at", e.at().toString());
        n.put("kind", e.kind());
        n.put("ticketId", e.ticketId());
        n.put("number", e.number());
        n.put("category", e.categoryCode());
        n.put("window", e.window());
        n.put("helpId", e.helpId());
        n.put("terminal", e.terminal());
        return n;
    }

    static HallEvent event(JsonNode n) {
        JsonNode number = n.get("number");
        JsonNode category = n.get("category");
        return new HallEvent(n.get("seq").asLong(), Instant.parse(text(n, "at")), text(n, "kind"), n.get("ticketId").asLong(),
                number == null || number.isNull() ? null : number.asText(),
                category == null || category.isNull() ? null : category.asText(), n.get("window").asInt(),
                n.get("helpId").asLong(), text(n, "terminal"));
    }

    static ObjectNode board(HallBoard b) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("last", b.lastSeq());
        ObjectNode waiting = n.putObject("waiting");
        b.waiting().forEach(waiting::put);
        ArrayNode serving = n.putArray("serving");
        b.serving().forEach(t -> serving.add(ticket(t)));
        ArrayNode calls = n.putArray("recentCalls");
        b.recentCalls().forEach(e -> calls.add(event(e)));
        ArrayNode help = n.putArray("openHelp");
        b.openHelp().forEach(h -> help.add(help(h)));
        ArrayNode windows = n.putArray("openWindows");
        b.openWindows().forEach(windows::add);
        return n;
    }

    static HallBoard board(JsonNode n) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        required(n, "waiting").fields().forEachRemaining(f -> waiting.put(f.getKey(), f.getValue().asInt()));
        List<Ticket> serving = new ArrayList<>();
        required(n, "serving").forEach(t -> serving.add(ticket(t)));
        List<HallEvent> calls = new ArrayList<>();
        required(n, "recentCalls").forEach(e -> calls.add(event(e)));
        List<HelpCall> help = new ArrayList<>();
        required(n, "openHelp").forEach(h -> help.add(help(h)));
        List<Integer> windows = new ArrayList<>();
        n.path("openWindows").forEach(w -> windows.add(w.asInt())); // absent from a node before window claims
        return new HallBoard(required(n, "last").asLong(), waiting, serving, calls, help, windows);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return v.asText();
    }
}
