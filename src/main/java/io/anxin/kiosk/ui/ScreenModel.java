package io.anxin.kiosk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Base of every view model: the screen's current error (shown by the shell and spoken by the
 * navigator, so no screen can forget either), and the hooks the navigator and the session call.
 * View models never touch nodes. FX thread only.
 */
public abstract class ScreenModel {

    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");

    public final ReadOnlyObjectProperty<Message> errorProperty() {
        return error;
    }

    /** Shows and speaks {@code message} as this screen's error, with what to do next. */
    public final void showError(Message message) {
        error.set(message);
    }

    public final void clearError() {
        error.set(null);
    }

    /** Called each time the screen is shown. */
    public void onArrive() {
        clearError();
    }

    /**
     * 返回 inside the screen (a step of a service goes to the step before it). Returns true when the
     * screen handled it; false lets the navigator go to the previous screen.
     */
    public boolean stepBack() {
        return false;
    }

    /**
     * Forgets everything about the resident: called when a session ends (finished, idle, card
     * pulled). Subclasses clear their own state and call super.
     */
    public void clearSession() {
        clearError();
    }
}
