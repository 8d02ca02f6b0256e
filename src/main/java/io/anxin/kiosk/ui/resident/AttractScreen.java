package io.anxin.kiosk.ui.resident;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** What the kiosk shows when nobody is using it: "请插入社保卡，或点击屏幕开始". */
public final class AttractScreen extends BaseScreen<AttractViewModel> {

    public static final String ID = "attract";

    private final I18n i18n;

    public AttractScreen(I18n i18n, AttractViewModel model) {
        super(ID, Audience.RESIDENT, "attract.title", model);
        this.i18n = i18n;
    }

    @Override
    public boolean hasNavigation() {
        return false;
    }

    @Override
    protected Node buildView() {
        Label heading = Controls.label(i18n, "attract.heading", "hero-title");
        Label instruction = Controls.paragraph(i18n, "attract.instruction", "hero-prompt");
        Button start = Controls.role(Controls.button(i18n, "attract.start", "primary", "main-action"), "attract-start");
        start.setPrefWidth(640);
        start.setOnAction(e -> model.start());
        VBox box = new VBox(heading, instruction, start);
        box.setAlignment(Pos.CENTER);
        box.setSpacing(24);
        box.setOnMouseClicked(e -> model.start());
        box.accessibleTextProperty().bind(instruction.textProperty());
        return box;
    }
}
