package io.anxin.kiosk.ui.technician;

import javafx.collections.ListChangeListener;
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
import io.anxin.kiosk.ui.Message;

/** Terminal maintenance: status lines and "quit the kiosk program". */
public final class TechnicianMenuScreen extends BaseScreen<TechnicianMenuViewModel> {

    public static final String ID = "technician-menu";

    private final I18n i18n;

    public TechnicianMenuScreen(I18n i18n, TechnicianMenuViewModel model) {
        super(ID, Audience.STAFF, "technician.menu.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        VBox status = new VBox(12);
        status.getStyleClass().add("card");
        status.setId("technician-status");
        model.linesProperty().addListener((ListChangeListener<Message>) c -> render(status));
        i18n.localeProperty().addListener((obs, o, n) -> render(status));
        render(status);
        Button quit = Controls.role(Controls.button(i18n, "technician.menu.exit", "primary"), "technician-quit");
        quit.setOnAction(e -> model.quitProgram());
        Button home = Controls.role(Controls.button(i18n, "technician.menu.home"), "technician-home");
        home.setOnAction(e -> model.home());
        HBox actions = new HBox(24, home, quit);
        VBox box = new VBox(32, status, actions);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void render(VBox status) {
        status.getChildren().clear();
        for (Message m : model.linesProperty()) {
            Label line = new Label(i18n.text(m));
            line.getStyleClass().add("status-line");
            line.setWrapText(true);
            status.getChildren().add(line);
        }
    }
}
