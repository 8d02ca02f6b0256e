package io.anxin.kiosk.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

import javafx.beans.value.ObservableValue;

/**
 * Dumps a view model's state as text by reflection (fields, JavaFX properties, collections, char
 * arrays, one level into nested objects of this project), so a test can look for personal data left
 * behind after a session ends.
 */
final class ModelState {

    private ModelState() {
    }

    static String dump(Object model) {
        StringBuilder out = new StringBuilder();
        dump(model, out, new IdentityHashMap<>(), 0);
        return out.toString();
    }

    private static void dump(Object o, StringBuilder out, Map<Object, Boolean> seen, int depth) {
        if (o == null || depth > 3 || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object v;
                try {
                    f.setAccessible(true);
                    v = f.get(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                value(v, out, seen, depth);
            }
        }
    }

    private static void value(Object v, StringBuilder out, Map<Object, Boolean> seen, int depth) {
        if (v == null) {
            return;
        }
        if (v instanceof ObservableValue<?> ov) {
            value(ov.getValue(), out, seen, depth);
        } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
            out.append(v).append('\n');
        } else if (v instanceof char[] chars) {
            out.append(new String(chars)).append('\n');
        } else if (v instanceof Collection<?> coll) {
            for (Object item : coll) {
                value(item, out, seen, depth + 1);
            }
        } else if (v instanceof Record r) {
            out.append(r).append('\n');
            dump(r, out, seen, depth + 1);
        } else if (v.getClass().getName().startsWith("io.anxin.kiosk") && !(v instanceof Screen)) {
            dump(v, out, seen, depth + 1);
        }
    }
}
