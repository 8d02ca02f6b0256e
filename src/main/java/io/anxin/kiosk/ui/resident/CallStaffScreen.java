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
import io.anxin.kiosk.ui.KioskShell;
import io.anxin.kiosk.voice.Prompt;

/** 呼叫工作人员: reachable from every resident screen's bottom bar and by the hall panel's help button. */
public final class CallStaffScreen extends BaseScreen<CallStaffViewModel> {

    private final I18n i18n;

    public CallStaffScreen(I18n i18n, CallStaffViewModel model) {
        super(KioskShell.CALL_STAFF_SCREEN, Audience.RESIDENT, "call-staff.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.prompt();
    }

    @Override
    protected Node buildView() {
        Label lead = new Label();
        lead.setId("call-staff-lead");
        lead.getStyleClass().add("heading");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        lead.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(switch (model.stateProperty().get()) {
            case LOCAL -> "call-staff.lead";
            case SENDING -> "call-staff.sending";
            case WAITING -> "call-staff.waiting";
            case COMING -> "call-staff.coming";
        }), model.stateProperty(), i18n.localeProperty()));
        Label instruction = new Label();
        instruction.setId("call-staff-instruction");
        instruction.getStyleClass().add("lead");
        instruction.setWrapText(true);
        instruction.setMinHeight(Region.USE_PREF_SIZE);
        instruction.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case LOCAL -> i18n.text("call-staff.instruction");
            case SENDING -> "";
            case WAITING -> i18n.text("call-staff.waiting.detail");
            case COMING -> i18n.text("call-staff.coming.detail");
        }, model.stateProperty(), i18n.localeProperty()));
        instruction.visibleProperty().bind(instruction.textProperty().isNotEmpty());
        instruction.managedProperty().bind(instruction.visibleProperty());
        Button done = Controls.role(Controls.button(i18n, "call-staff.done", "primary", "main-action"), "call-staff-done");
        done.setPrefWidth(520);
        done.setOnAction(e -> model.done());
        VBox box = new VBox(24, lead, instruction, done);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(1500);
        return box;
    }
}
