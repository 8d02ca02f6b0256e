package io.anxin.kiosk.ui.flow;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.anxin.kiosk.ui.Message;

/**
 * Key a number on the large keypad: a phone number, an amount, a count or a bank-card number. The
 * answer is stored as the keyed text once {@code check} finds nothing wrong with it.
 *
 * @param check the field's rule: a message saying what is wrong, or empty when it is fine
 */
public record NumberStep(String id, Message question, NumberKind kind, Function<String, Optional<Message>> check)
        implements Step {
    public NumberStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(check, "check");
    }
}
