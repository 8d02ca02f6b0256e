package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** Shows where to hold the phone; the scanner's input is picked up on any identify screen. */
public final class EvoucherScreen extends BaseScreen<EvoucherViewModel> {

    public static final String ID = "evoucher";

    private final I18n i18n;

    public EvoucherScreen(I18n i18n, EvoucherViewModel model) {
        super(ID, Audience.RESIDENT, "evoucher.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label how = Controls.paragraph(i18n, "evoucher.how", "heading");
        Label steps = Controls.paragraph(i18n, "evoucher.steps", "lead");
        Label status = new Label();
        status.getStyleClass().add("lead");
        status.setId("evoucher-status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> model.resolvingProperty().get() ? i18n.text("evoucher.resolving") : "",
                model.resolvingProperty(), i18n.localeProperty()));
        VBox box = new VBox(40, how, steps, status);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1600);
        return box;
    }
}
