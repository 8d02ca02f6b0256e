package io.anxin.kiosk.lab;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lab's rule for the progress of a stored entry (docs/lab-central.md): {@code received} until
 * {@code reviewAfter} has passed since it first arrived, then {@code under-review} until
 * {@code decideAfter}, then final: a drill entry is {@code approved}; otherwise the last digit of the
 * reference number decides: 0-6 {@code approved}, 7-8 {@code needs-materials}, 9 {@code denied}.
 * {@code updatedAt} is the moment the current state began. Stateless apart from its settings.
 */
final class ApplicationStates {

    private final Duration reviewAfter;
    private final Duration decideAfter;
    private final ZoneId zone;
    private final LabTexts texts;

    ApplicationStates(Duration reviewAfter, Duration decideAfter, ZoneId zone, LabTexts texts) {
        this.reviewAfter = reviewAfter;
        this.decideAfter = decideAfter;
        this.zone = zone;
        this.texts = texts;
    }

    /** The state of {@code t} at {@code now}. */
    static String state(StoredTransaction t, Instant now, Duration reviewAfter, Duration decideAfter) {
        Duration age = Duration.between(t.receivedAt(), now);
        if (age.compareTo(reviewAfter) < 0) {
            return "received";
        }
        if (age.compareTo(decideAfter) < 0) {
            return "under-review";
        }
        if (t.drill()) {
            return "approved";
        }
        long digit = Long.parseLong(t.reference().substring(LabStore.REFERENCE_PREFIX.length())) % 10;
        return digit <= 6 ? "approved" : digit <= 8 ? "needs-materials" : "denied";
    }

    ObjectNode answer(StoredTransaction t, Instant now) {
        String state = state(t, now, reviewAfter, decideAfter);
        Instant since = switch (state) {
            case "received" -> t.receivedAt();
            case "under-review" -> t.receivedAt().plus(reviewAfter);
            default -> t.receivedAt().plus(decideAfter);
        };
        ObjectNode o = LabJson.MAPPER.createObjectNode();
        o.put("reference", t.reference());
        o.put("state", state);
        o.put("updatedAt", LabJson.TIMESTAMP.format(since.atZone(zone)));
        o.put("message", texts.stateMessage(state));
        if (t.acceptanceNo() != null) {
            o.put("acceptanceNo", t.acceptanceNo());
        }
        o.put("kind", t.kind());
        return o;
    }
}
