package io.anxin.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card over the dimmed screen with a title, an explanation, a large seconds countdown and one
 * action: the idle warning ("您还在办理吗？") and the card pause ("请重新插入社保卡以继续").
 */
final class CountdownOverlay extends StackPane {

    /**
     * @param id      node id of the overlay
     * @param countId node id of the countdown label
     * @param action  the one button (继续办理, or 结束办理)
     */
    CountdownOverlay(I18n i18n, String id, String countId, String titleKey, String textKey,
                     ObservableBooleanValue shown, ObservableIntegerValue seconds, Button action) {
        getStyleClass().add("idle-overlay");
        setId(id);
        visibleProperty().bind(shown);
        Label title = Controls.label(i18n, titleKey, "heading");
        Label text = Controls.paragraph(i18n, textKey, "body");
        Label count = new Label();
        count.getStyleClass().add("idle-count");
        count.setId(countId);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("idle.warning.seconds", seconds.get()), seconds, i18n.localeProperty()));
        VBox card = new VBox(title, text, count, action);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(1100);
        getChildren().add(card);
    }

    /** "您还在办理吗？": 继续办理 extends the visit. */
    static CountdownOverlay idleWarning(I18n i18n, IdleGuard guard) {
        Button cont = Controls.role(Controls.button(i18n, "idle.continue", "primary", "main-action"), "idle-continue");
        cont.setOnAction(e -> guard.extend());
        return new CountdownOverlay(i18n, "idle-warning", "idle-count", "idle.warning.title", "idle.warning.text",
                guard.warningProperty(), guard.secondsLeftProperty(), cont);
    }

    /** "请重新插入社保卡以继续": putting the card back resumes; 结束办理 ends the visit now. */
    static CountdownOverlay cardPause(I18n i18n, CardSessionController cards) {
        Button end = Controls.role(Controls.button(i18n, "card.pause.end", "main-action"), "card-pause-end");
        end.setOnAction(e -> cards.endNow());
        return new CountdownOverlay(i18n, "card-pause", "card-pause-count", "card.pause.title", "card.pause.text",
                cards.pausedProperty(), cards.pauseSecondsLeftProperty(), end);
    }
}
