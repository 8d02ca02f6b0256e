package io.anxin.kiosk.service.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.anxin.kiosk.service.live.ResidentRecord;

/**
 * The cached form of a {@link ResidentRecord}: the JSON of specs/central-sync.md's
 * {@code /v1/residents/lookup} answer, without the name (nothing offline shows it, so the database
 * does not keep it; a decoded record has an empty name). Amounts stay decimal strings. Stateless.
 */
final class ResidentRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResidentRecordJson() {
    }

    static String encode(ResidentRecord r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("insuranceType", r.insuranceType());
        root.put("status", r.status());
        root.put("insuredSince", r.insuredSince().toString());
        root.put("region", r.region());
        ObjectNode account = root.putObject("personalAccount");
        account.put("balance", r.personalAccount().balance().toPlainString());
        account.put("asOf", r.personalAccount().asOf().toString());
        ArrayNode recent = account.putArray("recent");
        for (ResidentRecord.AccountEntry e : r.personalAccount().recent()) {
            recent.addObject().put("date", e.date().toString()).put("place", e.place()).put("amount", e.amount().toPlainString());
        }
        ArrayNode chronic = root.putArray("chronicQualifications");
        for (ResidentRecord.ChronicQualification q : r.chronicQualifications()) {
            chronic.addObject().put("disease", q.disease()).put("validTo", q.validTo().toString());
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not a cached record (a damaged row) */
    static ResidentRecord decode(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode account = required(root, "personalAccount");
            List<ResidentRecord.AccountEntry> recent = new ArrayList<>();
            for (JsonNode e : required(account, "recent")) {
                recent.add(new ResidentRecord.AccountEntry(LocalDate.parse(text(e, "date")), text(e, "place"),
                        new BigDecimal(text(e, "amount"))));
            }
            List<ResidentRecord.ChronicQualification> chronic = new ArrayList<>();
            for (JsonNode q : required(root, "chronicQualifications")) {
                chronic.add(new ResidentRecord.ChronicQualification(text(q, "disease"), LocalDate.parse(text(q, "validTo"))));
            }
            return new ResidentRecord("", text(root, "insuranceType"), text(root, "status"),
                    LocalDate.parse(text(root, "insuredSince")), text(root, "region"),
                    new ResidentRecord.PersonalAccount(new BigDecimal(text(account, "balance")),
                            OffsetDateTime.parse(text(account, "asOf")), recent), chronic);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a cached resident record: " + e.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = required(node, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return v.asText();
    }
}
