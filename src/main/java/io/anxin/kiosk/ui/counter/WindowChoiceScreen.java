package io.anxin.kiosk.ui.counter;

import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** One button per window, with the categories it calls; the priority window marked. */
public final class WindowChoiceScreen extends BaseScreen<WindowChoiceViewModel> {

    private final I18n i18n;

    public WindowChoiceScreen(I18n i18n, WindowChoiceViewModel model) {
        super(CounterSession.WINDOW, Audience.STAFF, "counter.window.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        FlowPane windows = new FlowPane(24, 24);
        windows.setAlignment(Pos.CENTER);
        windows.setPrefWrapLength(1700);
        for (WindowChoiceViewModel.WindowOption o : model.options()) {
            Button b = Controls.role(new Button(), "window-" + o.window());
            b.getStyleClass().addAll("window-choice");
            if (o.priority()) {
                b.getStyleClass().add("priority-window");
            }
            b.textProperty().bind(Bindings.createStringBinding(() -> {
                String calls = o.categories().stream().map(c -> c.letter() + " " + (i18n.isChinese() ? c.nameZh() : c.nameEn()))
                        .collect(Collectors.joining(i18n.isChinese() ? "、" : ", "));
                return i18n.text("counter.window.option", o.window())
                        + (o.priority() ? "\n\u2605 " + i18n.text("counter.window.priority") : "")
                        + "\n" + i18n.text("counter.window.calls", calls);
            }, i18n.localeProperty()));
            b.accessibleTextProperty().bind(b.textProperty());
            b.setOnAction(e -> model.choose(o.window()));
            windows.getChildren().add(b);
        }
        VBox box = new VBox(28, Controls.label(i18n, "counter.window.title", "heading"),
                Controls.paragraph(i18n, "counter.window.lead", "body"), windows);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
