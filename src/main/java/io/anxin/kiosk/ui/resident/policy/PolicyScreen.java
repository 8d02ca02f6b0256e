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

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** 政策咨询: the articles as large buttons, three across and two down, 上一页/下一页 and 搜索. */
public final class PolicyScreen extends BaseScreen<PolicyViewModel> {

    public static final String ID = "policy";
    private static final int COLUMNS = 3;

    private final I18n i18n;

    public PolicyScreen(I18n i18n, PolicyViewModel model) {
        super(ID, Audience.RESIDENT, "policy.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("policy-grid");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        grid.setHgap(24);
        grid.setVgap(24);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int i = 0;
            for (PolicyArticle article : model.shown()) {
                Button b = Controls.role(new Button(article.title()), "policy-article-" + i);
                b.getStyleClass().add("policy-choice");
                b.setAccessibleText(article.title());
                b.setMaxWidth(Double.MAX_VALUE);
                b.setMaxHeight(Double.MAX_VALUE);
                b.setOnAction(e -> model.open(article));
                grid.add(b, i % COLUMNS, i / COLUMNS);
                i++;
            }
        };
        model.shown().addListener((ListChangeListener<PolicyArticle>) change -> fill.run());
        fill.run();

        Button previous = Controls.role(Controls.button(i18n, "policy.previous", "policy-nav"), "policy-previous");
        previous.setOnAction(e -> model.previous());
        previous.visibleProperty().bind(model.hasPreviousProperty());
        Button next = Controls.role(Controls.button(i18n, "policy.next", "policy-nav"), "policy-next");
        next.setOnAction(e -> model.next());
        next.visibleProperty().bind(model.hasNextProperty());
        Label page = new Label();
        page.getStyleClass().add("policy-page-number");
        page.setId("policy-page-number");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("policy.page", model.pageProperty().get(), model.pagesProperty().get()),
                model.pageProperty(), model.pagesProperty(), i18n.localeProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button search = Controls.role(Controls.button(i18n, "policy.search", "policy-nav", "primary"), "policy-search");
        search.setOnAction(e -> model.search());
        HBox bar = new HBox(24, previous, page, next, grow, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {previous, next, search}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(32, grid, bar);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
