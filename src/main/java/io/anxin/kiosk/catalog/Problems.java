package io.anxin.kiosk.catalog;

import java.util.ArrayList;
import java.util.List;

/** Problems collected while reading the catalog files; one loader run, one thread. */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    /** A problem with a whole file (line 0) or one line of it. */
    void add(String file, int line, String message) {
        lines.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }

    /** {@code file:line: column c: 'v' is not valid: expected e}. */
    void badValue(String file, int line, String column, String value, String expected) {
        add(file, line, "column " + column + ": '" + value + "' is not valid: expected " + expected);
    }

    int count() {
        return lines.size();
    }

    List<String> all() {
        return List.copyOf(lines);
    }
}
