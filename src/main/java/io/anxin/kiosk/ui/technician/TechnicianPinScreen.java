package io.anxin.kiosk.ui.technician;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.KioskShell;

/** The technician PIN: the only way out of kiosk mode. */
public final class TechnicianPinScreen extends BaseScreen<TechnicianPinViewModel> {

    private final I18n i18n;

    public TechnicianPinScreen(I18n i18n, TechnicianPinViewModel model) {
        super(KioskShell.TECHNICIAN_SCREEN, Audience.STAFF, "technician.pin.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.label(i18n, "technician.pin.lead", "lead");
        Label dots = new Label();
        dots.getStyleClass().add("pin-dots");
        dots.setId("pin-dots");
        dots.textProperty().bind(Bindings.createStringBinding(
                () -> "\u25cf ".repeat(model.lengthProperty().get()).strip(), model.lengthProperty()));
        dots.setMinHeight(80);
        Keypad keypad = new Keypad(i18n, model::digit, model::delete, model::confirm);
        Button back = Controls.role(Controls.button(i18n, "nav.back"), "staff-back");
        back.setOnAction(e -> model.cancel());
        VBox left = new VBox(24, lead, dots, back);
        HBox box = new HBox(120, left, keypad);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
