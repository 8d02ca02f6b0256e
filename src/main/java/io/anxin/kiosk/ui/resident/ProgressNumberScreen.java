package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** 按受理号查询: the number with its fixed parts filled in, the day stepper, a digit keypad and the answer. */
public final class ProgressNumberScreen extends BaseScreen<ProgressNumberViewModel> {

    public static final String ID = "progress-number";

    private final I18n i18n;

    public ProgressNumberScreen(I18n i18n, ProgressNumberViewModel model) {
        super(ID, Audience.RESIDENT, "progress-number.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.leadProperty().get().toPrompt();
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.paragraph(i18n, "progress-number.lead", "body");
        // the fixed part small, the digits the resident keys large: the whole number fits beside the keypad
        Label fixed = new Label();
        fixed.getStyleClass().addAll("body", "status-note");
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        fixed.textProperty().bind(Bindings.createStringBinding(() -> {
            String n = model.numberProperty().get();
            return n.substring(0, n.lastIndexOf('-') + 1);
        }, model.numberProperty()));
        Label digits = new Label();
        digits.getStyleClass().add("id-entry");
        digits.setMinWidth(Region.USE_PREF_SIZE);
        digits.textProperty().bind(Bindings.createStringBinding(() -> {
            String n = model.numberProperty().get();
            // "0 3 _ _": places still to key stay apart instead of running into one line
            return String.join(" ", n.substring(n.lastIndexOf('-') + 1).split(""));
        }, model.numberProperty()));
        HBox number = new HBox(8, fixed, digits);
        number.setId("progress-number-value");
        number.setAlignment(Pos.CENTER_LEFT);
        number.setAccessibleText(null);
        digits.accessibleTextProperty().bind(model.numberProperty());

        Label day = new Label();
        day.getStyleClass().addAll("body", "status-note");
        day.setWrapText(true);
        day.setMinHeight(Region.USE_PREF_SIZE);
        day.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("progress-number.day", model.dayProperty().get()),
                model.dayProperty(), i18n.localeProperty()));
        Button earlier = Controls.role(Controls.button(i18n, "progress-number.day.previous"), "progress-number-earlier");
        earlier.setOnAction(e -> model.previousDay());
        Button later = Controls.role(Controls.button(i18n, "progress-number.day.next"), "progress-number-later");
        later.setOnAction(e -> model.nextDay());
        earlier.setMinWidth(Region.USE_PREF_SIZE);
        later.setMinWidth(Region.USE_PREF_SIZE);
        HBox days = new HBox(24, earlier, later);
        days.setAlignment(Pos.CENTER_LEFT);

        Button search = Controls.role(Controls.button(i18n, "progress-number.search", "key", "key-word", "primary", "main-action"),
                "progress-number-search");
        search.setMaxWidth(Double.MAX_VALUE);
        search.setMaxHeight(Double.MAX_VALUE);
        search.setOnAction(e -> model.search());
        search.disableProperty().bind(model.searchingProperty());

        Label answer = QueryViews.message(i18n, model.leadProperty(), "lead", "status-note");
        answer.setId("progress-number-answer");
        QueryViews.showWhen(answer, model.resultProperty().isNotNull().or(model.searchingProperty()));
        StackPane result = new StackPane();
        result.setAlignment(Pos.TOP_LEFT);
        model.resultProperty().addListener((o, a, line) -> result.getChildren().setAll(
                line == null ? java.util.List.of() : java.util.List.of(QueryViews.card(i18n, line))));
        i18n.localeProperty().addListener((o, a, b) -> {
            QueryTexts.Line line = model.resultProperty().get();
            result.getChildren().setAll(line == null ? java.util.List.of() : java.util.List.of(QueryViews.card(i18n, line)));
        });

        VBox left = new VBox(8, lead, number, day, days, result);
        left.setPrefWidth(1000);
        HBox.setHgrow(left, Priority.ALWAYS);

        GridPane keys = new GridPane();
        keys.setHgap(20);
        keys.setVgap(20);
        for (int i = 1; i <= 9; i++) {
            keys.add(key(Character.forDigit(i, 10)), (i - 1) % 3, (i - 1) / 3);
        }
        Button delete = Controls.role(Controls.button(i18n, "progress-number.delete", "key", "key-word"), "progress-number-delete");
        delete.setOnAction(e -> model.delete());
        Button clear = Controls.role(Controls.button(i18n, "progress-number.clear", "key", "key-word"), "progress-number-clear");
        clear.setOnAction(e -> model.clear());
        keys.add(delete, 0, 3);
        keys.add(key('0'), 1, 3);
        keys.add(clear, 2, 3);
        keys.add(search, 3, 0, 1, 4);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(56, left, keys);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Button key(char c) {
        Button b = new Button(String.valueOf(c));
        b.getStyleClass().add("key");
        b.setAccessibleText(String.valueOf(c));
        Controls.role(b, "progress-number-key-" + c);
        b.setOnAction(e -> model.key(c));
        return b;
    }
}
