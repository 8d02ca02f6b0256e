package io.anxin.kiosk.ui.resident;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** The large ID keypad: 0-9, X, 删除, 清空 and 确定; the number shows grouped 6-8-4. */
public final class KeyedIdScreen extends BaseScreen<KeyedIdViewModel> {

    public static final String ID = "keyed-id";

    private final I18n i18n;

    public KeyedIdScreen(I18n i18n, KeyedIdViewModel model) {
        super(ID, Audience.RESIDENT, "keyed.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.paragraph(i18n, "keyed.lead", "lead");
        Label number = new Label();
        number.getStyleClass().add("id-entry");
        number.setId("keyed-number");
        number.textProperty().bind(model.groupedProperty());
        number.setMaxWidth(Double.MAX_VALUE);
        number.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.text("keyed.count", model.lengthProperty().get()), model.lengthProperty(), i18n.localeProperty()));
        Button confirm = Controls.role(Controls.button(i18n, "keyed.confirm", "primary", "main-action"), "keyed-confirm");
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.setOnAction(e -> model.confirm());
        VBox left = new VBox(20, lead, number, confirm);
        left.setPrefWidth(860);
        HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
        left.setAlignment(Pos.TOP_LEFT);

        GridPane keys = new GridPane();
        keys.setHgap(20);
        keys.setVgap(20);
        String[] layout = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0"};
        for (int i = 0; i < layout.length; i++) {
            char c = layout[i].charAt(0);
            Button b = new Button(layout[i]);
            b.getStyleClass().add("key");
            b.setAccessibleText(layout[i]);
            Controls.role(b, "keyed-key-" + c);
            b.setOnAction(e -> model.key(c));
            keys.add(b, i % 3, i / 3);
        }
        Button delete = Controls.role(Controls.button(i18n, "keyed.delete", "key", "key-word"), "keyed-delete");
        delete.setOnAction(e -> model.delete());
        keys.add(delete, 2, 3);
        Button clear = Controls.role(Controls.button(i18n, "keyed.clear", "key", "key-word"), "keyed-clear");
        clear.setOnAction(e -> model.clear());
        keys.add(clear, 3, 0);
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(56, left, keys);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
