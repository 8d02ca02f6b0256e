package io.anxin.kiosk.ui.resident;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.voice.Prompt;

/** The greeting after identification. */
public final class GreetingScreen extends BaseScreen<GreetingViewModel> {

    public static final String ID = "greeting";

    private final I18n i18n;

    public GreetingScreen(I18n i18n, GreetingViewModel model) {
        super(ID, Audience.RESIDENT, "greeting.title", model);
        this.i18n = i18n;
    }

    /** Says the greeting and the notes that matter (not the masked number). */
    @Override
    public Prompt prompt() {
        Message g = model.greetingProperty().get();
        List<Object> parts = new ArrayList<>();
        parts.add(g == null ? i18n.text("greeting.anonymous") : i18n.text(g));
        StringBuilder notes = new StringBuilder();
        for (Message m : model.notesProperty()) {
            if (!m.key().equals("greeting.id")) {
                notes.append(i18n.text(m));
            }
        }
        parts.add(notes.toString());
        return new Prompt("prompt.greeting", parts, false);
    }

    @Override
    protected Node buildView() {
        Label hello = new Label();
        hello.getStyleClass().add("hero-title");
        hello.setId("greeting-hello");
        hello.textProperty().bind(Bindings.createStringBinding(() -> {
            Message g = model.greetingProperty().get();
            return g == null ? "" : i18n.text(g);
        }, model.greetingProperty(), i18n.localeProperty()));
        VBox notes = new VBox(20);
        notes.setId("greeting-notes");
        Runnable render = () -> {
            notes.getChildren().clear();
            for (Message m : model.notesProperty()) {
                Label l = new Label(i18n.text(m));
                l.getStyleClass().add("lead");
                l.setWrapText(true);
                notes.getChildren().add(l);
            }
        };
        model.notesProperty().addListener((ListChangeListener<Message>) c -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();
        Button proceed = Controls.role(Controls.button(i18n, "greeting.proceed", "primary", "main-action"), "greeting-proceed");
        proceed.setPrefWidth(560);
        proceed.setOnAction(e -> model.proceed());
        VBox box = new VBox(40, hello, notes, proceed);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1700);
        return box;
    }
}
