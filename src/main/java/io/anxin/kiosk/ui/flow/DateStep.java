package io.anxin.kiosk.ui.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.anxin.kiosk.ui.Message;

/**
 * Pick a date: a few quick choices (今天, 明天, 门诊当天...) or eight digits on the keypad
 * (年月日, shown as a filling "2026年12月__日"). The answer is a {@link LocalDate}, or the value of a
 * quick choice that is not a date (e.g. "no end date").
 *
 * @param quick at most three quick choices
 * @param check the field's rule for a date
 */
public record DateStep(String id, Message question, List<Choice> quick, Function<LocalDate, Optional<Message>> check)
        implements Step {
    public DateStep {
        quick = List.copyOf(quick);
        Objects.requireNonNull(check, "check");
        if (quick.size() > 3) {
            throw new IllegalArgumentException("at most three quick dates: " + id);
        }
    }
}
