package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** One question: how will you show who you are? The card slot works at any time. */
public final class IdentifyScreen extends BaseScreen<IdentifyViewModel> {

    public static final String ID = "identify";

    private final I18n i18n;

    public IdentifyScreen(I18n i18n, IdentifyViewModel model) {
        super(ID, Audience.RESIDENT, "identify.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return Prompt.of(model.readingProperty().get() ? "prompt.identify.reading" : "prompt.identify");
    }

    @Override
    protected Node buildView() {
        Label insert = Controls.label(i18n, "identify.card", "heading");
        Label how = Controls.paragraph(i18n, "identify.card.how", "lead");
        Label status = new Label();
        status.getStyleClass().addAll("body", "status-note");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setId("identify-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.readingProperty().get()
                        ? i18n.text("identify.card.reading")
                        : model.readerAvailableProperty().get() ? "" : i18n.text("identify.card.no-reader"),
                model.readingProperty(), model.readerAvailableProperty(), i18n.localeProperty()));
        how.visibleProperty().bind(status.textProperty().isEmpty());
        how.managedProperty().bind(how.visibleProperty());
        status.managedProperty().bind(how.visibleProperty().not());
        insert.setWrapText(true);
        insert.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox words = new VBox(16, insert, how, status);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox top = new HBox(32, cardPicture(), words);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox cardPanel = new VBox(28, top);
        cardPanel.getStyleClass().add("card");
        cardPanel.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(cardPanel, Priority.ALWAYS);

        Label or = Controls.paragraph(i18n, "identify.other", "lead");
        Button scan = Controls.role(Controls.button(i18n, "identify.evoucher", "choice"), "identify-evoucher");
        scan.setOnAction(e -> model.scanEvoucher());
        Button keyed = Controls.role(Controls.button(i18n, "identify.keyed", "choice"), "identify-keyed");
        keyed.setOnAction(e -> model.keyIdNumber());
        for (Button b : new Button[] {scan, keyed}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox others = new VBox(32, or, scan, keyed);
        others.setPrefWidth(560);
        others.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new HBox(48, cardPanel, others);
    }

    private static Node cardPicture() {
        Rectangle card = new Rectangle(220, 140);
        card.setArcWidth(28);
        card.setArcHeight(28);
        card.getStyleClass().add("card-picture");
        Rectangle chip = new Rectangle(48, 38);
        chip.setArcWidth(10);
        chip.setArcHeight(10);
        chip.getStyleClass().add("card-chip");
        chip.setTranslateX(-58);
        chip.setTranslateY(-8);
        javafx.scene.layout.StackPane picture = new javafx.scene.layout.StackPane(card, chip);
        picture.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return picture;
    }
}
