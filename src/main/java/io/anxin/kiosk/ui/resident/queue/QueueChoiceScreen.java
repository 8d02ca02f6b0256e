package io.anxin.kiosk.ui.resident.queue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.service.hall.TicketTexts;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** 取号排队: the priority window first for an identified elderly resident, then the service categories. */
public final class QueueChoiceScreen extends BaseScreen<QueueChoiceViewModel> {

    public static final String ID = "queue-choice";

    private final I18n i18n;

    public QueueChoiceScreen(I18n i18n, QueueChoiceViewModel model) {
        super(ID, Audience.RESIDENT, "queue.choice.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.prompt();
    }

    @Override
    protected Node buildView() {
        String age = String.valueOf(model.elderlyAge());
        Button elderly = Controls.role(Controls.button(i18n, "queue.choice.elderly", "primary", "main-action",
                "queue-priority"), "queue-elderly");
        elderly.setOnAction(e -> model.takeElderly());
        Label elderlyNote = Controls.paragraph(i18n, "queue.choice.elderly.note", "lead");
        elderlyNote.textProperty().unbind();
        elderlyNote.textProperty().bind(i18n.bind("queue.choice.elderly.note", age));
        VBox priority = new VBox(12, elderly, elderlyNote);
        priority.visibleProperty().bind(model.elderlyProperty());
        priority.managedProperty().bind(priority.visibleProperty());

        Label lead = new Label();
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        lead.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(model.elderlyProperty().get()
                ? "queue.choice.lead.elderly" : "queue.choice.lead"), model.elderlyProperty(), i18n.localeProperty()));

        FlowPane choices = new FlowPane(32, 24);
        for (QueueCategory c : model.choices()) {
            Button b = Controls.role(new Button(), "queue-category-" + c.code());
            b.getStyleClass().addAll("choice", "queue-choice");
            b.textProperty().bind(Bindings.createStringBinding(() -> TicketTexts.name(c, i18n.localeProperty().get()),
                    i18n.localeProperty()));
            b.accessibleTextProperty().bind(b.textProperty());
            b.setOnAction(e -> model.take(c));
            choices.getChildren().add(b);
        }

        Label hint = Controls.paragraph(i18n, "queue.choice.elderly-hint", "body", "muted");
        hint.textProperty().unbind();
        hint.textProperty().bind(i18n.bind("queue.choice.elderly-hint", age));
        hint.setId("queue-elderly-hint");
        hint.visibleProperty().bind(model.identifiedProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());

        // 残疾人优先 is one more choice beside the categories (not for an elderly resident: they have the
        // priority window already); its note says the clerk checks at the window
        Button disability = Controls.role(Controls.button(i18n, "queue.choice.disability", "choice", "queue-choice"), "queue-disability");
        disability.setOnAction(e -> model.takeDisability());
        disability.visibleProperty().bind(model.elderlyProperty().not());
        disability.managedProperty().bind(disability.visibleProperty());
        choices.getChildren().add(disability);
        Label check = Controls.paragraph(i18n, "ticket.disability.check", "body");
        check.visibleProperty().bind(disability.visibleProperty());
        check.managedProperty().bind(check.visibleProperty());
        VBox notes = new VBox(8, hint, check);

        VBox box = new VBox(20, priority, lead, choices, notes);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1760);
        return box;
    }
}
