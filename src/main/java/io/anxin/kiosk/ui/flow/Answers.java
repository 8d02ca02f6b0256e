package io.anxin.kiosk.ui.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the resident answered so far in one service, by step id. Going back keeps every answer; the
 * session's end wipes them. FX thread only.
 */
public final class Answers {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public void put(String stepId, Object value) {
        values.put(stepId, value);
    }

    public boolean has(String stepId) {
        return values.containsKey(stepId);
    }

    public <T> Optional<T> get(String stepId, Class<T> type) {
        Object v = values.get(stepId);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** The answer as text, or "" when there is none. */
    public String text(String stepId) {
        Object v = values.get(stepId);
        return v == null ? "" : v.toString();
    }

    public void clear() {
        values.clear();
    }

    /** Never prints the answers: they hold phone and bank-card numbers. */
    @Override
    public String toString() {
        return "Answers" + values.keySet();
    }
}
