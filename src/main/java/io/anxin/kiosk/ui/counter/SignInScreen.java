package io.anxin.kiosk.ui.counter;

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
import io.anxin.kiosk.ui.technician.Keypad;

/** Staff number and PIN on the keypad or the keyboard (the shell routes keys here). */
public final class SignInScreen extends BaseScreen<SignInViewModel> {

    private final I18n i18n;

    public SignInScreen(I18n i18n, SignInViewModel model) {
        super(CounterSession.SIGN_IN, Audience.STAFF, "counter.signin.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label title = Controls.label(i18n, "counter.signin.title", "heading");
        Label lead = Controls.paragraph(i18n, "counter.signin.lead", "body");
        Button staffNo = field("counter-field-staff-no", SignInViewModel.Field.STAFF_NO);
        staffNo.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("counter.signin.staff-no") + "   " + model.staffNoProperty().get(),
                i18n.localeProperty(), model.staffNoProperty()));
        Button pin = field("counter-field-pin", SignInViewModel.Field.PIN);
        pin.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("counter.signin.pin") + "   " + "\u25cf ".repeat(model.pinLengthProperty().get()).strip(),
                i18n.localeProperty(), model.pinLengthProperty()));
        Keypad keypad = new Keypad(i18n, model::type, model::delete, model::confirm);
        keypad.disableProperty().bind(model.busyProperty());
        Button submit = Controls.role(Controls.button(i18n, "counter.signin.submit", "primary", "wide"), "counter-submit");
        submit.setOnAction(e -> model.submit());
        submit.disableProperty().bind(model.busyProperty());
        Label busy = Controls.label(i18n, "counter.signin.busy", "body");
        busy.visibleProperty().bind(model.busyProperty());
        VBox fields = new VBox(16, staffNo, pin, submit, busy);
        fields.setAlignment(Pos.TOP_LEFT);
        HBox row = new HBox(80, fields, keypad);
        row.setAlignment(Pos.CENTER);
        VBox box = new VBox(28, title, lead, row);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(1200);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }

    private Button field(String role, SignInViewModel.Field which) {
        Button b = Controls.role(new Button(), role);
        b.getStyleClass().add("entry-field");
        b.accessibleTextProperty().bind(b.textProperty());
        b.setOnAction(e -> model.fieldProperty().set(which));
        Runnable mark = () -> {
            b.getStyleClass().remove("selected");
            if (model.fieldProperty().get() == which) {
                b.getStyleClass().add("selected");
            }
        };
        model.fieldProperty().addListener((obs, o, n) -> mark.run());
        mark.run();
        return b;
    }
}
