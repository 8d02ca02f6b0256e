package io.anxin.kiosk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem with one field a resident entered: which field, and the words for it as a bundle key
 * ({@code rules.*}) with arguments. Date arguments are {@link java.time.LocalDate}s for the screen
 * to format.
 */
public record FieldError(String field, String key, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, Arrays.asList(args));
    }
}
