package io.anxin.kiosk.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

import io.anxin.kiosk.voice.Voice;

/**
 * Moves between screens and keeps the way back. On every arrival it cuts the old prompt and speaks
 * the new one, and it speaks any error the current screen raises: screens never call the voice for
 * their prompt themselves. FX thread only.
 */
public final class Navigator {

    private final ScreenRegistry registry;
    private final Voice voice;
    private final String rootId;
    private final String homeId;
    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ChangeListener<Message> errorSpeaker;

    public Navigator(ScreenRegistry registry, Voice voice, String rootId, String homeId) {
        this.registry = registry;
        this.voice = voice;
        this.rootId = rootId;
        this.homeId = homeId;
        this.errorSpeaker = (obs, old, error) -> {
            if (error != null) {
                voice.speak(error.toPrompt());
            }
        };
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public boolean atRoot() {
        return current.get() != null && current.get().id().equals(rootId);
    }

    /** Shows the attract screen with no history: the state of a kiosk nobody is using. */
    public void toRoot() {
        history.clear();
        show(registry.get(rootId));
    }

    public void home() {
        history.clear();
        history.push(registry.get(rootId));
        show(registry.get(homeId));
    }

    public void goTo(String id) {
        Screen next = registry.get(id);
        Screen now = current.get();
        if (now != null && now != next) {
            history.push(now);
        }
        show(next);
    }

    /**
     * Shows {@code id} with home as the way back: after a submission is committed, back must not
     * lead to its confirmation again (a second tap there would file it twice).
     */
    public void goToFromHome(String id) {
        history.clear();
        history.push(registry.get(rootId));
        history.push(registry.get(homeId));
        show(registry.get(id));
    }

    /** One step back; from the first screen after attract, back to attract. */
    public void back() {
        Screen now = current.get();
        if (now != null && now.model().stepBack()) {
            voice.cancel();
            voice.speak(now.prompt());
            return;
        }
        if (history.isEmpty()) {
            toRoot();
        } else {
            show(history.pop());
        }
    }

    /** Says the current screen's prompt again without moving (after a language or text-size change). */
    public void speakCurrentPrompt() {
        Screen now = current.get();
        if (now != null) {
            voice.cancel();
            voice.speak(now.prompt());
        }
    }

    private void show(Screen next) {
        Screen old = current.get();
        if (old != null) {
            old.model().errorProperty().removeListener(errorSpeaker);
        }
        next.model().onArrive();
        next.model().errorProperty().addListener(errorSpeaker);
        current.set(next);
        voice.cancel();
        voice.speak(next.prompt());
    }
}
