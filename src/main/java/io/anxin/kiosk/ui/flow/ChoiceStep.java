package io.anxin.kiosk.ui.flow;

import java.util.List;

import io.anxin.kiosk.ui.Message;

/**
 * Pick one of a few big buttons. More than {@value #PAGE_SIZE} choices are shown a page at a time,
 * with 上一页/下一页.
 *
 * @param hint an optional line under the question (empty key = none)
 */
public record ChoiceStep(String id, Message question, Message hint, List<Choice> choices) implements Step {

    public static final int PAGE_SIZE = 6;

    public ChoiceStep {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a choice step needs at least one choice: " + id);
        }
    }

    public ChoiceStep(String id, Message question, List<Choice> choices) {
        this(id, question, Message.of(""), choices);
    }

    public int pages() {
        return (choices.size() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    public List<Choice> page(int page) {
        int from = Math.max(0, Math.min(page, pages() - 1)) * PAGE_SIZE;
        return choices.subList(from, Math.min(from + PAGE_SIZE, choices.size()));
    }

    /** The page that holds {@code value}, 0 when none does. */
    public int pageOf(Object value) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).value().equals(value)) {
                return i / PAGE_SIZE;
            }
        }
        return 0;
    }
}
