package io.anxin.kiosk.ui.resident;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** 办理进度查询: the resident's submissions a page at a time, and 按受理号查询. */
public final class ProgressScreen extends BaseScreen<ProgressViewModel> {

    public static final String ID = "progress";

    private final I18n i18n;

    public ProgressScreen(I18n i18n, ProgressViewModel model) {
        super(ID, Audience.RESIDENT, "progress.title", model);
        this.i18n = i18n;
    }

    /** The lead, then the newest submission and its state. */
    @Override
    public Prompt prompt() {
        List<Object> parts = new ArrayList<>();
        parts.add(i18n.text(model.leadProperty().get()));
        parts.add(model.linesProperty().isEmpty() ? "" : spoken(model.linesProperty().get(0)));
        return new Prompt("progress.say", parts, false);
    }

    private String spoken(QueryTexts.Line line) {
        return (line.kind() == null ? "" : i18n.text(line.kind()) + "，") + i18n.text(line.state()) + "。";
    }

    @Override
    protected Node buildView() {
        Label lead = QueryViews.message(i18n, model.leadProperty(), "lead");
        lead.setId("progress-lead");
        VBox items = new VBox(16);
        items.setId("progress-items");
        Runnable render = () -> items.getChildren().setAll(model.linesProperty().stream().map(l -> QueryViews.card(i18n, l)).toList());
        model.linesProperty().addListener((ListChangeListener<QueryTexts.Line>) c -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();

        Label page = new Label();
        page.getStyleClass().add("body");
        page.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("query.page", model.pager().pageProperty().get(),
                model.pager().pagesProperty().get()), model.pager().pageProperty(), model.pager().pagesProperty(), i18n.localeProperty()));
        QueryViews.showWhen(page, model.pager().pagesProperty().greaterThan(1));

        Button identify = Controls.role(Controls.button(i18n, "query.insert-card", "primary"), "progress-identify");
        identify.setOnAction(e -> model.identify());
        QueryViews.showWhen(identify, model.needsIdentityProperty());
        Button byNumber = Controls.role(Controls.button(i18n, "progress.by-number"), "progress-by-number");
        byNumber.setOnAction(e -> model.byNumber());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(24, identify, byNumber, grow, page,
                QueryViews.pagerButtons(i18n, model.pager(), "progress", model::previousPage, model::nextPage));
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(20, lead, actions, items);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
