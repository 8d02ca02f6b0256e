package io.anxin.kiosk.ui.resident.policy;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/**
 * One article: title, the current page of text, and on the right 朗读全文, the page number and
 * 上一页/下一页. The page area does not grow with its text; it measures itself and tells the model how
 * many characters and lines fit, so a page never runs under the buttons in either text size.
 */
public final class PolicyArticleScreen extends BaseScreen<PolicyArticleViewModel> {

    public static final String ID = "policy-article";

    private final I18n i18n;

    public PolicyArticleScreen(I18n i18n, PolicyArticleViewModel model) {
        super(ID, Audience.RESIDENT, "policy.article.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return Prompt.of("prompt.policy.article", model.title());
    }

    @Override
    protected Node buildView() {
        Label title = new Label();
        title.getStyleClass().add("policy-article-heading");
        title.setId("policy-article-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(model::title, model.articleProperty()));

        Label text = new Label();
        text.getStyleClass().addAll("body", "policy-page-text");
        text.setId("policy-page-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.pageTextProperty());
        StackPane pageArea = new StackPane(text);
        pageArea.setAlignment(Pos.TOP_LEFT);
        pageArea.setMinSize(0, 0);
        pageArea.setPrefSize(0, 0);
        VBox.setVgrow(pageArea, Priority.ALWAYS);
        Runnable measure = () -> measure(pageArea, text);
        pageArea.widthProperty().addListener((obs, o, n) -> measure.run());
        pageArea.heightProperty().addListener((obs, o, n) -> measure.run());
        text.fontProperty().addListener((obs, o, n) -> measure.run());

        VBox reading = new VBox(20, title, pageArea);
        reading.setMinWidth(0);
        reading.setPrefWidth(0);
        HBox.setHgrow(reading, Priority.ALWAYS);

        Button read = Controls.role(Controls.button(i18n, "policy.article.read", "primary", "policy-read"),
                "policy-read");
        read.setMaxWidth(Double.MAX_VALUE);
        read.setOnAction(e -> model.readAloud());
        Label page = new Label();
        page.getStyleClass().add("policy-page-number");
        page.setId("policy-article-page");
        page.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("policy.page", model.pageProperty().get(), model.pagesProperty().get()),
                model.pageProperty(), model.pagesProperty(), i18n.localeProperty()));
        Button previous = Controls.role(Controls.button(i18n, "policy.previous", "policy-nav"), "policy-article-previous");
        previous.setMaxWidth(Double.MAX_VALUE);
        previous.setOnAction(e -> model.previous());
        previous.visibleProperty().bind(model.hasPreviousProperty());
        Button next = Controls.role(Controls.button(i18n, "policy.next", "policy-nav"), "policy-article-next");
        next.setMaxWidth(Double.MAX_VALUE);
        next.setOnAction(e -> model.next());
        next.visibleProperty().bind(model.hasNextProperty());
        VBox side = new VBox(16, read, page, previous, next);
        side.getStyleClass().add("policy-side");
        side.setAlignment(Pos.TOP_CENTER);
        side.setMinWidth(Region.USE_PREF_SIZE);

        HBox box = new HBox(40, reading, side);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** Columns: full-width characters per line; rows: lines, from the label's font and line spacing. */
    private void measure(Region area, Label text) {
        Font font = text.getFont();
        double w = area.getWidth() - text.snappedLeftInset() - text.snappedRightInset();
        double h = area.getHeight() - text.snappedTopInset() - text.snappedBottomInset();
        if (w <= 0 || h <= 0) {
            return;
        }
        Text one = new Text("\u56fd");
        one.setFont(font);
        Text two = new Text("\u56fd\n\u56fd");
        two.setFont(font);
        two.setLineSpacing(text.getLineSpacing());
        double first = one.getLayoutBounds().getHeight();
        double step = two.getLayoutBounds().getHeight() - first;
        int columns = (int) Math.floor(w / one.getLayoutBounds().getWidth());
        int rows = first > h ? 0 : 1 + (int) Math.floor((h - first) / Math.max(1, step));
        model.setCapacity(Math.max(2, columns), Math.max(1, rows));
    }
}
