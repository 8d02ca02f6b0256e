package io.anxin.kiosk.ui.flow;

import java.util.Objects;

import io.anxin.kiosk.ui.Message;

/** One big button of a {@link ChoiceStep}: what is stored as the answer, and its words. */
public record Choice(Object value, Message label) {
    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    /** A choice whose words are catalog text (a hospital, a city), shown as it is in every language. */
    public static Choice literal(Object value, String text) {
        return new Choice(value, Message.of("flow.literal", text));
    }
}
