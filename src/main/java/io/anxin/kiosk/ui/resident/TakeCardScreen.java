package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** "请取走您的社保卡和回执", until the card is out; with no card, "请取走回执" and 完成. */
public final class TakeCardScreen extends BaseScreen<TakeCardViewModel> {

    public static final String ID = "take-card";

    private final I18n i18n;

    public TakeCardScreen(I18n i18n, TakeCardViewModel model) {
        super(ID, Audience.RESIDENT, "completion.take-card.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.prompt();
    }

    @Override
    protected Node buildView() {
        Label headline = new Label();
        headline.setId("take-card-headline");
        headline.getStyleClass().add("hero-title");
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(TakeCardViewModel.headlineKey(model.takeProperty().get())),
                model.takeProperty(), i18n.localeProperty()));
        Label detail = new Label();
        detail.setId("take-card-detail");
        detail.getStyleClass().addAll("hero-prompt");
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(model.cardInSlotProperty().get()
                ? "completion.take-card.card-detail" : "completion.take-card.done-detail"),
                model.cardInSlotProperty(), i18n.localeProperty()));
        Button done = Controls.role(Controls.button(i18n, "completion.take-card.done", "primary", "main-action"), "take-card-done");
        done.setPrefWidth(480);
        done.setOnAction(e -> model.done());
        done.visibleProperty().bind(model.cardInSlotProperty().not());
        done.managedProperty().bind(done.visibleProperty());
        VBox box = new VBox(48, headline, detail, done);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(1700);
        return box;
    }
}
