package io.anxin.kiosk.ui.resident;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** One question, three large faces with their words, and 跳过. */
public final class SatisfactionScreen extends BaseScreen<SatisfactionViewModel> {

    public static final String ID = "satisfaction";

    private final I18n i18n;

    public SatisfactionScreen(I18n i18n, SatisfactionViewModel model) {
        super(ID, Audience.RESIDENT, "completion.satisfaction.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label question = Controls.label(i18n, "completion.satisfaction.question", "heading");
        question.setId("satisfaction-question");
        HBox faces = new HBox(48);
        faces.setAlignment(Pos.CENTER);
        for (SatisfactionRating rating : SatisfactionRating.values()) {
            Button b = Controls.role(Controls.button(i18n, "completion.satisfaction." + rating.code(), "face-choice"),
                    "satisfaction-" + rating.code());
            b.setGraphic(FaceIcon.of(rating));
            b.setOnAction(e -> model.answer(rating));
            b.disableProperty().bind(model.busyProperty());
            faces.getChildren().add(b);
        }
        Button skip = Controls.role(Controls.button(i18n, "completion.satisfaction.skip", "choice"), "satisfaction-skip");
        skip.setOnAction(e -> model.skip());
        skip.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(32, question, faces, skip);
        box.setAlignment(Pos.TOP_CENTER);
        box.setMaxWidth(1760);
        return box;
    }
}
