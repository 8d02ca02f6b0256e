package io.anxin.kiosk.ui.resident;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;

/** Small view builders the query screens share: bound message labels, line lists, pager buttons. */
final class QueryViews {

    private QueryViews() {
    }

    /** A wrapping label showing {@code message} in the current language (empty for null). */
    static Label message(I18n i18n, ObservableValue<Message> message, String... styleClasses) {
        Label l = new Label();
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> message.getValue() == null ? "" : i18n.text(message.getValue()),
                message, i18n.localeProperty()));
        return l;
    }

    /** One wrapping label per message, rebuilt when the list or the language changes. */
    static VBox lines(I18n i18n, ObservableList<Message> messages, String... styleClasses) {
        VBox box = new VBox(8);
        Runnable render = () -> {
            List<Label> labels = messages.stream().map(m -> {
                Label l = new Label(i18n.text(m));
                l.getStyleClass().addAll(styleClasses);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                return l;
            }).toList();
            box.getChildren().setAll(labels);
        };
        messages.addListener((ListChangeListener<Message>) c -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();
        return box;
    }

    /** 上一页 and 下一页, each disabled at its end and hidden when there is one page. */
    static HBox pagerButtons(I18n i18n, Pager pager, String prefix, Runnable previous, Runnable next) {
        Button prev = Controls.role(Controls.button(i18n, "query.page.previous"), prefix + "-previous");
        prev.setOnAction(e -> previous.run());
        prev.disableProperty().bind(pager.hasPreviousProperty().not());
        Button nxt = Controls.role(Controls.button(i18n, "query.page.next"), prefix + "-next");
        nxt.setOnAction(e -> next.run());
        nxt.disableProperty().bind(pager.hasNextProperty().not());
        HBox box = new HBox(24, prev, nxt);
        showWhen(box, pager.pagesProperty().greaterThan(1));
        return box;
    }

    /** One submission: its service and number, its state in plain words, and the details below. */
    static VBox card(I18n i18n, QueryTexts.Line line) {
        String title = line.kind() == null ? i18n.text("progress.item.number", line.acceptanceNo())
                : i18n.text(line.kind()) + "\u3000" + i18n.text("progress.item.number", line.acceptanceNo());
        Label head = new Label(title);
        head.getStyleClass().add("body");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        Label state = new Label(i18n.text(line.state()));
        state.getStyleClass().addAll("body", "status-note");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, head, state);
        for (Message m : line.details()) {
            Label d = new Label(i18n.text(m));
            d.getStyleClass().add("body");
            d.setWrapText(true);
            d.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(d);
        }
        card.getStyleClass().add("query-item");
        return card;
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
