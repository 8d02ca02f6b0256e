package io.anxin.kiosk.ui.resident.policy;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.service.policy.PolicyHit;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/**
 * The letter keypad (A-Z in alphabetical order, seven to a row: residents who know pinyin are
 * rarely typists), 删除 and 清空 beside it; on the right what was typed, and either the suggested
 * words (nothing typed yet) or the best matches.
 */
public final class PolicySearchScreen extends BaseScreen<PolicySearchViewModel> {

    public static final String ID = "policy-search";
    private static final int KEY_COLUMNS = 7;

    private final I18n i18n;

    public PolicySearchScreen(I18n i18n, PolicySearchViewModel model) {
        super(ID, Audience.RESIDENT, "policy.search.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        for (char c = 'A'; c <= 'Z'; c++) {
            int i = c - 'A';
            char letter = c;
            Button b = Controls.role(new Button(String.valueOf(c)), "policy-key-" + c);
            b.getStyleClass().addAll("key", "letter-key");
            b.setAccessibleText(String.valueOf(c));
            b.setOnAction(e -> model.key(letter));
            keys.add(b, i % KEY_COLUMNS, i / KEY_COLUMNS);
        }
        Button delete = Controls.role(Controls.button(i18n, "policy.search.delete", "key", "letter-key", "letter-word"),
                "policy-delete");
        delete.setOnAction(e -> model.delete());
        keys.add(delete, 26 % KEY_COLUMNS, 26 / KEY_COLUMNS);
        Button clear = Controls.role(Controls.button(i18n, "policy.search.clear", "key", "letter-key", "letter-word"),
                "policy-clear");
        clear.setOnAction(e -> model.clearTyped());
        keys.add(clear, 27 % KEY_COLUMNS, 27 / KEY_COLUMNS);
        keys.setMinWidth(Region.USE_PREF_SIZE);

        Label query = new Label();
        query.getStyleClass().add("policy-query");
        query.setId("policy-query");
        query.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(query, Priority.ALWAYS);
        query.textProperty().bind(Bindings.createStringBinding(
                () -> model.queryProperty().get().isEmpty() ? i18n.text("policy.search.placeholder")
                        : model.queryProperty().get(), model.queryProperty(), i18n.localeProperty()));
        Label found = new Label();
        found.getStyleClass().add("policy-found");
        found.setId("policy-found");
        found.setMinWidth(Region.USE_PREF_SIZE);
        found.textProperty().bind(Bindings.createStringBinding(
                () -> model.queryProperty().get().isEmpty() || model.foundProperty().get() == 0 ? ""
                        : i18n.text("policy.search.count", model.foundProperty().get()),
                model.queryProperty(), model.foundProperty(), i18n.localeProperty()));
        HBox typed = new HBox(16, query, found);
        typed.setAlignment(Pos.CENTER_LEFT);

        GridPane chips = new GridPane();
        chips.setHgap(16);
        chips.setVgap(16);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            chips.getColumnConstraints().add(cc);
        }
        Runnable fillChips = () -> {
            chips.getChildren().clear();
            int i = 0;
            for (String word : model.suggestions()) {
                Button b = Controls.role(new Button(word), "policy-chip-" + i);
                b.getStyleClass().add("policy-chip");
                b.setAccessibleText(word);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setOnAction(e -> model.suggestion(word));
                chips.add(b, i % 2, i / 2);
                i++;
            }
        };
        model.suggestions().addListener((ListChangeListener<String>) change -> fillChips.run());
        fillChips.run();
        chips.visibleProperty().bind(model.queryProperty().isEmpty());
        chips.managedProperty().bind(chips.visibleProperty());

        VBox results = new VBox(16);
        Runnable fillResults = () -> {
            results.getChildren().clear();
            int i = 0;
            for (PolicyHit hit : model.results()) {
                Button b = Controls.role(new Button(hit.article().title()), "policy-result-" + i);
                b.getStyleClass().add("policy-choice");
                b.setAccessibleText(hit.article().title());
                b.setMaxWidth(Double.MAX_VALUE);
                b.setOnAction(e -> model.open(hit));
                results.getChildren().add(b);
                i++;
            }
        };
        model.results().addListener((ListChangeListener<PolicyHit>) change -> fillResults.run());
        fillResults.run();
        results.visibleProperty().bind(model.queryProperty().isNotEmpty());
        results.managedProperty().bind(results.visibleProperty());

        Label none = new Label();
        none.getStyleClass().addAll("lead", "policy-none");
        none.setId("policy-none");
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        none.textProperty().bind(Bindings.createStringBinding(() -> model.nothingFoundProperty().get() == null ? ""
                : i18n.text(model.nothingFoundProperty().get()), model.nothingFoundProperty(), i18n.localeProperty()));
        none.visibleProperty().bind(model.nothingFoundProperty().isNotNull());
        none.managedProperty().bind(none.visibleProperty());

        VBox right = new VBox(20, typed, chips, none, results);
        right.setMinWidth(0);
        right.setPrefWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(40, keys, right);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
