package io.anxin.kiosk.ui.counter;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Screen;

/**
 * The counter console's frame: a header (who, which window, whether the queue host answers, sign
 * out), the screen the session names, and the screen's error line. Routes the physical keyboard to
 * the sign-in screen. FX thread only.
 */
public final class CounterShell extends BorderPane {

    private final CounterSession session;
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final Label error = new Label();
    private final I18n i18n;

    public CounterShell(I18n i18n, CounterSession session, SignInScreen signIn, WindowChoiceScreen window,
                        ConsoleScreen console) {
        this.i18n = i18n;
        this.session = session;
        for (Screen s : new Screen[] {signIn, window, console}) {
            screens.put(s.id(), s);
        }
        getStyleClass().add("counter-shell");
        setTop(header());
        content.getStyleClass().add("counter-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(content);
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        Controls.role(error, "counter-error");
        setBottom(error);
        session.screenProperty().addListener((obs, o, id) -> show(id));
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                keys(scene, signIn.model());
            }
        });
        show(session.screenProperty().get());
    }

    public Screen current() {
        return screens.get(session.screenProperty().get());
    }

    /** Every screen of the console, for the accessibility walk. */
    public Iterable<Screen> screens() {
        return screens.values();
    }

    private void show(String id) {
        Screen s = screens.get(id);
        content.getChildren().setAll(s.view());
        s.model().onArrive();
        error.textProperty().unbind();
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            Message m = s.model().errorProperty().get();
            return m == null ? "" : i18n.text(m);
        }, s.model().errorProperty(), i18n.localeProperty()));
        error.visibleProperty().bind(s.model().errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
    }

    private Region header() {
        Label title = Controls.label(i18n, "counter.app-title", "counter-title");
        Label who = Controls.role(new Label(), "counter-clerk");
        who.getStyleClass().add("counter-header-text");
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            Clerk c = session.clerkProperty().get();
            return c == null ? "" : i18n.text("counter.clerk", c.staffNo(), i18n.isChinese() ? c.nameZh() : c.nameEn());
        }, session.clerkProperty(), i18n.localeProperty()));
        Label window = Controls.role(new Label(), "counter-window");
        window.getStyleClass().add("counter-header-text");
        window.textProperty().bind(Bindings.createStringBinding(() -> session.windowProperty().get() == 0 ? ""
                : i18n.text("counter.window", session.windowProperty().get()), session.windowProperty(), i18n.localeProperty()));
        Label connection = Controls.role(new Label(), "counter-connection");
        connection.getStyleClass().add("counter-header-text");
        connection.setWrapText(true);
        connection.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                session.reachableProperty().get() ? "counter.connection.ok" : "counter.connection.lost"),
                session.reachableProperty(), i18n.localeProperty()));
        session.reachableProperty().addListener((obs, o, ok) -> mark(connection, ok));
        mark(connection, session.reachableProperty().get());
        HBox.setHgrow(connection, Priority.ALWAYS);
        connection.setMaxWidth(Double.MAX_VALUE);
        Button signOut = Controls.role(Controls.button(i18n, "counter.sign-out", "header-button"), "counter-sign-out");
        signOut.setOnAction(e -> session.signOut());
        signOut.visibleProperty().bind(session.clerkProperty().isNotNull());
        signOut.managedProperty().bind(signOut.visibleProperty());
        HBox header = new HBox(28, title, who, window, connection, signOut);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("counter-header");
        return header;
    }

    private static void mark(Label connection, boolean ok) {
        connection.getStyleClass().remove("connection-lost");
        if (!ok) {
            connection.getStyleClass().add("connection-lost");
        }
    }

    private void keys(Scene scene, SignInViewModel signIn) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (CounterSession.SIGN_IN.equals(session.screenProperty().get()) && e.getCharacter().length() == 1
                    && Character.isLetterOrDigit(e.getCharacter().charAt(0))) {
                signIn.type(e.getCharacter().charAt(0));
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!CounterSession.SIGN_IN.equals(session.screenProperty().get())) {
                return;
            }
            if (e.getCode() == KeyCode.BACK_SPACE) {
                signIn.delete();
            } else if (e.getCode() == KeyCode.ENTER) {
                signIn.confirm();
            } else if (e.getCode() == KeyCode.TAB) {
                signIn.fieldProperty().set(signIn.fieldProperty().get() == SignInViewModel.Field.STAFF_NO
                        ? SignInViewModel.Field.PIN : SignInViewModel.Field.STAFF_NO);
            } else {
                return;
            }
            e.consume();
        });
    }
}
