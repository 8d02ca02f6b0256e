package io.anxin.kiosk.domain.catalog;

import java.util.List;

/**
 * One queue category of {@code queue-categories.csv}: tickets are numbered with its letter
 * ({@code A001}) and called at its windows.
 *
 * @param priority true for the 老年人优先窗口 category (elderly residents and people with a disability)
 */
public record QueueCategory(String code, char letter, String nameZh, String nameEn, List<Integer> windows,
        boolean priority) {

    public QueueCategory {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a queue category needs a code");
        }
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("letter '" + letter + "' of " + code + ": expected A to Z");
        }
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("queue category " + code + " needs at least one window");
        }
        windows = List.copyOf(windows);
    }

    public boolean calledAt(int window) {
        return windows.contains(window);
    }
}
