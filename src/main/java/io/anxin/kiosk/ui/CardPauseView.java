package io.anxin.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** "请重新插入社保卡以继续" with its countdown, over whatever screen the resident was on. */
final class CardPauseView extends StackPane {

    CardPauseView(I18n i18n, CardSessionController cards) {
        getStyleClass().add("idle-overlay");
        setId("card-pause");
        visibleProperty().bind(cards.pausedProperty());
        Label title = Controls.label(i18n, "card.pause.title", "heading");
        Label text = Controls.paragraph(i18n, "card.pause.text", "body");
        Label count = new Label();
        count.getStyleClass().add("idle-count");
        count.setId("card-pause-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("idle.warning.seconds", cards.pauseSecondsLeftProperty().get()),
                cards.pauseSecondsLeftProperty(), i18n.localeProperty()));
        javafx.scene.control.Button end = Controls.role(Controls.button(i18n, "card.pause.end", "main-action"), "card-pause-end");
        end.setOnAction(e -> cards.endNow());
        VBox card = new VBox(title, text, count, end);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(1100);
        getChildren().add(card);
    }
}
