package io.anxin.kiosk.lab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON helpers of the lab server: the mapper, entry checking and the content hash. Thread-safe. */
final class LabJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** Longest id, kind, acceptance number, terminal id or epoch (the store's column width). */
    static final int MAX_ID_LENGTH = 200;
    /** Every timestamp the lab sends: seconds always present, offset like {@code +08:00}. */
    static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private LabJson() {
    }

    /**
     * Checks one element of {@code transactions}. The content hash covers {@code kind},
     * {@code createdAt}, {@code acceptanceNo}, {@code drill} and {@code payload}: not {@code seq}, so a
     * re-queued entry that goes out again is still the same transaction.
     */
    static IncomingEntry entry(JsonNode node) {
        if (!node.isObject()) {
            return IncomingEntry.invalid(null, "an entry must be a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return IncomingEntry.invalid(id != null && id.isTextual() ? id.asText() : null,
                    "id must be a non-empty string");
        }
        String idText = id.asText();
        if (idText.length() > MAX_ID_LENGTH) {
            return IncomingEntry.invalid(idText, "id is longer than " + MAX_ID_LENGTH + " characters");
        }
        JsonNode kind = node.get("kind");
        if (kind == null || !kind.isTextual() || kind.asText().isBlank() || kind.asText().length() > MAX_ID_LENGTH) {
            return IncomingEntry.invalid(idText, "kind must be a non-empty string of at most " + MAX_ID_LENGTH
                    + " characters");
        }
        JsonNode seq = node.get("seq");
        if (seq != null && !seq.isNull() && !seq.canConvertToLong()) {
            return IncomingEntry.invalid(idText, "seq must be an integer");
        }
        JsonNode drill = node.get("drill");
        if (drill != null && !drill.isNull() && !drill.isBoolean()) {
            return IncomingEntry.invalid(idText, "drill must be true or false");
        }
        JsonNode payload = node.get("payload");
        if (payload != null && !payload.isNull() && !payload.isObject()) {
            return IncomingEntry.invalid(idText, "payload must be a JSON object");
        }
        JsonNode acceptance = node.get("acceptanceNo");
        if (acceptance != null && !acceptance.isNull()
                && (!acceptance.isTextual() || acceptance.asText().length() > MAX_ID_LENGTH)) {
            return IncomingEntry.invalid(idText, "acceptanceNo must be a string of at most " + MAX_ID_LENGTH
                    + " characters");
        }
        ObjectNode content = MAPPER.createObjectNode();
        for (String field : new String[] {"kind", "createdAt", "acceptanceNo", "drill", "payload"}) {
            content.set(field, node.get(field));
        }
        return new IncomingEntry(idText, seq == null || seq.isNull() ? null : seq.asLong(), kind.asText(),
                acceptance == null || acceptance.isNull() ? null : acceptance.asText(),
                drill != null && drill.asBoolean(), sha256(canonical(content)), node.toString(), null);
    }

    /** The JSON text with object keys sorted at every level. */
    static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
