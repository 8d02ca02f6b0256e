package io.anxin.kiosk.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every screen of this process. A screen is registered in the composition root, which is enough for
 * navigation, screenshots and the accessibility walker to find it.
 */
public final class ScreenRegistry {

    private final Map<String, Screen> screens = new LinkedHashMap<>();

    public void register(Screen screen) {
        if (screens.putIfAbsent(screen.id(), screen) != null) {
            throw new IllegalArgumentException("screen id registered twice: " + screen.id());
        }
    }

    public Screen get(String id) {
        Screen s = screens.get(id);
        if (s == null) {
            throw new NoSuchElementException("no screen registered as " + id);
        }
        return s;
    }

    public List<Screen> all() {
        return Collections.unmodifiableList(new ArrayList<>(screens.values()));
    }
}
