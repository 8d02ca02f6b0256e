package io.anxin.kiosk.sync;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.anxin.kiosk.store.OutboxEntry;

/**
 * The JSON of specs/central-sync.md, both ways. Answers are read strictly: anything that is not the
 * protocol is {@link CentralException.Kind#BAD_RESPONSE}, whose message names the field, never its value.
 */
final class WireFormat {

    private final ObjectMapper json = new ObjectMapper();

    byte[] transactions(String terminalId, String epoch, List<OutboxEntry> entries) {
        ObjectNode root = json.createObjectNode();
        root.put("terminalId", terminalId);
        root.put("epoch", epoch);
        ArrayNode list = root.putArray("transactions");
        for (OutboxEntry e : entries) {
            ObjectNode t = list.addObject();
            t.put("id", e.id().toString());
            t.put("seq", e.seq());
            t.put("kind", e.kind());
            t.put("createdAt", e.createdAt().toString());
            e.acceptanceNo().ifPresentOrElse(a -> t.put("acceptanceNo", a), () -> t.putNull("acceptanceNo"));
            t.put("drill", e.drill());
            try {
                t.set("payload", json.readTree(e.payloadJson()));
            } catch (IOException ex) {
                throw new IllegalStateException("outbox entry seq " + e.seq() + " has a payload that is not JSON", ex);
            }
        }
        return bytes(root);
    }

    byte[] object(Map<String, ?> fields) {
        return bytes(json.valueToTree(fields));
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    BatchAnswer batchAnswer(byte[] body, Set<UUID> sent) {
        JsonNode results = tree(body, "transactions").get("results");
        if (results == null || !results.isArray()) {
            throw bad("transactions", "no results array");
        }
        Map<UUID, TransactionResult> byId = new HashMap<>();
        int unusable = 0;
        for (JsonNode r : results) {
            Optional<TransactionResult> result = result(r);
            if (result.isEmpty() || !sent.contains(result.get().id()) || byId.containsKey(result.get().id())) {
                unusable++;
            } else {
                byId.put(result.get().id(), result.get());
            }
        }
        return new BatchAnswer(byId, unusable);
    }

    private static Optional<TransactionResult> result(JsonNode r) {
        if (!r.isObject() || !r.path("id").isTextual() || !r.path("status").isTextual()) {
            return Optional.empty();
        }
        UUID id;
        TransactionResult.Status status;
        try {
            id = UUID.fromString(r.get("id").asText());
            status = TransactionResult.Status.valueOf(r.get("status").asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (status == TransactionResult.Status.REJECTED) {
            JsonNode error = r.path("error");
            if (!error.path("code").isTextual() || error.get("code").asText().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new TransactionResult(id, status, Optional.empty(), Optional.of(error.get("code").asText()),
                    Optional.of(error.path("message").isTextual() ? error.get("message").asText() : "")));
        }
        if (!r.path("reference").isTextual() || r.get("reference").asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TransactionResult(id, status, Optional.of(r.get("reference").asText()), Optional.empty(),
                Optional.empty()));
    }

    ApplicationAnswer application(byte[] body) {
        String call = "applications";
        JsonNode n = tree(body, call);
        return new ApplicationAnswer(text(n, "reference", call), text(n, "state", call), dateTime(n, "updatedAt", call),
                n.path("message").isTextual() ? n.get("message").asText() : "");
    }

    ResidentAnswer resident(byte[] body) {
        String call = "residents/lookup";
        JsonNode n = tree(body, call);
        JsonNode acc = n.get("personalAccount");
        if (acc == null || !acc.isObject()) {
            throw bad(call, "personalAccount missing");
        }
        List<ResidentAnswer.AccountLine> recent = new ArrayList<>();
        for (JsonNode line : array(acc, "recent", call)) {
            recent.add(new ResidentAnswer.AccountLine(date(line, "date", call), text(line, "place", call),
                    decimal(line, "amount", call)));
        }
        List<ResidentAnswer.Qualification> quals = new ArrayList<>();
        for (JsonNode q : array(n, "chronicQualifications", call)) {
            quals.add(new ResidentAnswer.Qualification(text(q, "disease", call), date(q, "validTo", call)));
        }
        return new ResidentAnswer(text(n, "name", call), text(n, "insuranceType", call), text(n, "status", call),
                date(n, "insuredSince", call), text(n, "region", call),
                new ResidentAnswer.Account(decimal(acc, "balance", call), dateTime(acc, "asOf", call), recent), quals);
    }

    EvoucherAnswer evoucher(byte[] body) {
        String call = "evoucher/resolve";
        JsonNode n = tree(body, call);
        return new EvoucherAnswer(text(n, "idNumber", call), text(n, "name", call), text(n, "insuranceType", call),
                n.path("expiresAt").isTextual() ? Optional.of(n.get("expiresAt").asText()) : Optional.empty());
    }

    ReferenceData referenceData(byte[] body) {
        String call = "reference-data";
        JsonNode n = tree(body, call);
        if (!n.path("version").canConvertToLong() || !n.path("version").isIntegralNumber()) {
            throw bad(call, "version is not a whole number");
        }
        JsonNode sets = n.get("datasets");
        if (sets == null || !sets.isObject()) {
            throw bad(call, "datasets is not an object");
        }
        Map<String, String> datasets = new LinkedHashMap<>();
        sets.fields().forEachRemaining(f -> datasets.put(f.getKey(), f.getValue().toString()));
        return new ReferenceData(n.get("version").asLong(), datasets);
    }

    private JsonNode tree(byte[] body, String call) {
        try {
            JsonNode n = json.readTree(body);
            if (n == null || !n.isObject()) {
                throw bad(call, "the body is not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw bad(call, "the body is not JSON");
        }
    }

    private static Iterable<JsonNode> array(JsonNode n, String field, String call) {
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw bad(call, field + " is not an array");
        }
        return a;
    }

    private static String text(JsonNode n, String field, String call) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(call, field + " missing or not a string");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode n, String field, String call) {
        try {
            return LocalDate.parse(text(n, field, call));
        } catch (DateTimeParseException e) {
            throw bad(call, field + " is not a date (yyyy-MM-dd)");
        }
    }

    private static OffsetDateTime dateTime(JsonNode n, String field, String call) {
        try {
            return OffsetDateTime.parse(text(n, field, call));
        } catch (DateTimeParseException e) {
            throw bad(call, field + " is not an ISO date-time with offset");
        }
    }

    private static BigDecimal decimal(JsonNode n, String field, String call) {
        try {
            return new BigDecimal(text(n, field, call));
        } catch (NumberFormatException e) {
            throw bad(call, field + " is not a decimal string");
        }
    }

    private static CentralException bad(String call, String what) {
        return new CentralException(CentralException.Kind.BAD_RESPONSE,
                "central server answered " + call + " with something that is not the protocol: " + what, 200, null, null);
    }
}
