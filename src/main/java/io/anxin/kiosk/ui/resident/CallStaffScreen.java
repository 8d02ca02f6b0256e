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
import io.anxin.kiosk.ui.KioskShell;

/** 呼叫工作人员: reachable from every resident screen's bottom bar. */
public final class CallStaffScreen extends BaseScreen<CallStaffViewModel> {

    private final I18n i18n;

    public CallStaffScreen(I18n i18n, CallStaffViewModel model) {
        super(KioskShell.CALL_STAFF_SCREEN, Audience.RESIDENT, "call-staff.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.label(i18n, "call-staff.lead", "heading");
        Label instruction = Controls.paragraph(i18n, "call-staff.instruction", "lead");
        Button done = Controls.role(Controls.button(i18n, "call-staff.done", "primary", "main-action"), "call-staff-done");
        done.setPrefWidth(520);
        done.setOnAction(e -> model.done());
        VBox box = new VBox(24, lead, instruction, done);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(1500);
        return box;
    }
}
