package io.anxin.kiosk.ui.counter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.anxin.kiosk.domain.hall.Clerk;

/**
 * What the counter console knows across its screens: who is signed in, at which window, which screen
 * shows, and whether the hall node answers. FX thread only.
 */
public final class CounterSession {

    public static final String SIGN_IN = "counter-sign-in";
    public static final String WINDOW = "counter-window";
    public static final String CONSOLE = "counter-console";

    private final ObjectProperty<Clerk> clerk = new SimpleObjectProperty<>(this, "clerk");
    private final IntegerProperty window = new SimpleIntegerProperty(this, "window");
    private final StringProperty screen = new SimpleStringProperty(this, "screen", SIGN_IN);
    private final BooleanProperty reachable = new SimpleBooleanProperty(this, "reachable", true);

    public ObjectProperty<Clerk> clerkProperty() {
        return clerk;
    }

    /** The window this console calls for; 0 before one is chosen. */
    public IntegerProperty windowProperty() {
        return window;
    }

    /** The id of the screen shown: {@link #SIGN_IN}, {@link #WINDOW} or {@link #CONSOLE}. */
    public StringProperty screenProperty() {
        return screen;
    }

    public BooleanProperty reachableProperty() {
        return reachable;
    }

    void signedIn(Clerk who) {
        clerk.set(who);
        window.set(0);
        screen.set(WINDOW);
    }

    void windowChosen(int number) {
        window.set(number);
        screen.set(CONSOLE);
    }

    /** Back to sign-in; forgets the clerk and the window (the node keeps the tickets). */
    public void signOut() {
        clerk.set(null);
        window.set(0);
        screen.set(SIGN_IN);
    }
}
