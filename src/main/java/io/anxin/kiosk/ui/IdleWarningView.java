package io.anxin.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The "are you still there?" card with its countdown and one 继续办理 button. */
final class IdleWarningView extends StackPane {

    IdleWarningView(I18n i18n, IdleGuard guard) {
        getStyleClass().add("idle-overlay");
        setId("idle-warning");
        visibleProperty().bind(guard.warningProperty());
        Label title = Controls.label(i18n, "idle.warning.title", "heading");
        Label text = Controls.paragraph(i18n, "idle.warning.text", "body");
        Label count = new Label();
        count.getStyleClass().add("idle-count");
        count.setId("idle-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("idle.warning.seconds", guard.secondsLeftProperty().get()),
                guard.secondsLeftProperty(), i18n.localeProperty()));
        Button cont = Controls.role(Controls.button(i18n, "idle.continue", "primary", "main-action"), "idle-continue");
        cont.setOnAction(e -> guard.extend());
        VBox card = new VBox(title, text, count, cont);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(1100);
        getChildren().add(card);
    }
}
