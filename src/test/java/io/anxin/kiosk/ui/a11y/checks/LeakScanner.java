package io.anxin.kiosk.ui.a11y.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * Looks for a resident's data where it must not survive a session: node text, view-model state
 * (read reflectively: every field, property value, collection, array, record and kiosk object
 * reachable from it), and files. Reports where each hit was found.
 */
final class LeakScanner {

    private static final int MAX_DEPTH = 8;

    private final List<String> needles;
    private final List<String> hits = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    LeakScanner(List<String> needles) {
        this.needles = List.copyOf(needles);
    }

    List<String> hits() {
        return hits;
    }

    /** Text, accessible text and input text of {@code root} and everything below it, shown or not. */
    void scanNodes(String where, Node root) {
        for (Node n : io.anxin.kiosk.ui.a11y.SceneQueries.all(root)) {
            String text = n instanceof Text t ? t.getText() : n instanceof Labeled l ? l.getText()
                    : n instanceof TextInputControl in ? in.getText() : null;
            check(where + " " + io.anxin.kiosk.ui.a11y.SceneQueries.describe(n), text);
            check(where + " accessibleText of " + n.getClass().getSimpleName(), n.getAccessibleText());
        }
    }

    /** {@code object} and the state reachable from it. */
    void scanObject(String where, Object object) {
        scan(where, object, 0);
    }

    void scanFiles(String where, Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                check(where + " " + folder.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scan(String where, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence s) {
            check(where, s.toString());
            return;
        }
        if (value instanceof char[] chars) {
            check(where, new String(chars));
            return;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?> || value instanceof Node
                || value instanceof Voice || value instanceof I18n || value instanceof Class<?>) {
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        if (value instanceof Message m) {
            scan(where + " " + m.key(), m.args(), depth + 1);
        } else if (value instanceof Prompt p) {
            scan(where + " " + p.key(), p.args(), depth + 1);
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object o : List.copyOf(c)) {
                scan(where + "[" + i++ + "]", o, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : Map.copyOf(m).entrySet()) {
                scan(where + " key", e.getKey(), depth + 1);
                scan(where + "[" + e.getKey() + "]", e.getValue(), depth + 1);
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                scan(where + "[" + i + "]", array[i], depth + 1);
            }
        } else if (value instanceof ObservableValue<?> o) {
            scan(where, o.getValue(), depth + 1);
        } else if (value.getClass().isRecord() || value.getClass().getName().startsWith("io.anxin.kiosk.")) {
            scanFields(where, value, depth);
        }
    }

    private void scanFields(String where, Object value, int depth) {
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    scan(where + "." + f.getName(), f.get(value), depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    hits.add(where + "." + f.getName() + ": could not be read (" + e + ")");
                }
            }
        }
    }

    private void check(String where, String text) {
        if (text == null) {
            return;
        }
        for (String needle : needles) {
            if (text.contains(needle)) {
                hits.add(where + " holds \"" + needle + "\"");
            }
        }
    }
}
