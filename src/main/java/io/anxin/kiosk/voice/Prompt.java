package io.anxin.kiosk.voice;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something the kiosk says: a message key from the resource bundles plus its arguments.
 * The words come from the same bundle the screen shows, so text and speech never disagree.
 *
 * <p>Arguments may hold personal data (a surname in a greeting), so {@link #toString()} shows the
 * key only and implementations never log arguments.
 *
 * @param key  bundle key, for example {@code prompt.attract}
 * @param args {@link java.text.MessageFormat} arguments for the key's pattern
 * @param privateEntry true while a resident keys an ID number or PIN: never cached to disk
 */
public record Prompt(String key, List<Object> args, boolean privateEntry) {

    public Prompt {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("prompt key is blank");
        }
        args = List.copyOf(args);
    }

    public static Prompt of(String key, Object... args) {
        return new Prompt(key, Arrays.asList(args), false);
    }

    public static Prompt privateEntry(String key, Object... args) {
        return new Prompt(key, Arrays.asList(args), true);
    }

    @Override
    public String toString() {
        return "Prompt[" + key + "]";
    }
}
