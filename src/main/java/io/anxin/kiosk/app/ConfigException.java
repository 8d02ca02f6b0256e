package io.anxin.kiosk.app;

import java.util.List;

/**
 * The configuration cannot be used. Each problem names the file, the key (and line when known),
 * the value found and what was expected, so a technician can fix it without reading code.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
