package io.anxin.kiosk.domain.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hall's queue categories: unique codes and letters, exactly one priority category. Immutable,
 * thread-safe.
 */
public final class QueueCategories {

    private final Map<String, QueueCategory> byCode = new LinkedHashMap<>();
    private final QueueCategory priority;

    public QueueCategories(List<QueueCategory> categories) {
        Set<Character> letters = new HashSet<>();
        QueueCategory found = null;
        for (QueueCategory c : categories) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("queue category code " + c.code() + " appears twice");
            }
            if (!letters.add(c.letter())) {
                throw new IllegalArgumentException("letter " + c.letter() + " is used by two queue categories");
            }
            if (c.priority()) {
                if (found != null) {
                    throw new IllegalArgumentException("two priority categories: " + found.code() + " and " + c.code()
                            + "; expected exactly one");
                }
                found = c;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no priority category (priority=true): expected exactly one");
        }
        this.priority = found;
    }

    public List<QueueCategory> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<QueueCategory> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The 老年人优先窗口 category. */
    public QueueCategory priority() {
        return priority;
    }

    /** True when {@code window} calls the priority category. */
    public boolean isPriorityWindow(int window) {
        return priority.calledAt(window);
    }

    /** Codes of the categories called at {@code window}. */
    public Set<String> calledAt(int window) {
        Set<String> codes = new TreeSet<>();
        byCode.values().stream().filter(c -> c.calledAt(window)).forEach(c -> codes.add(c.code()));
        return codes;
    }
}
