package io.anxin.kiosk.ui.flow;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.voice.Prompt;

/**
 * The one screen every service step is shown on: "第2步/共5步", the question, and below it big
 * choices, the keypad, the read-back with its confirm button, or a closing notice. The view only
 * binds; {@link FlowViewModel} decides.
 */
public final class FlowScreen extends BaseScreen<FlowViewModel> {

    public static final String ID = "service-step";

    /** Choices whose names are at most this long are laid out three to a row. */
    private static final int SHORT_NAME = 8;

    private final I18n i18n;

    public FlowScreen(I18n i18n, FlowViewModel model) {
        super(ID, Audience.RESIDENT, "flow.title", model);
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        ServiceFlow f = model.flowProperty().get();
        return f == null ? super.titleKey() : f.titleKey();
    }

    /** The question, the choices of this page, or the whole read-back. */
    @Override
    public Prompt prompt() {
        Step step = model.stepProperty().get();
        if (step == null) {
            return Prompt.of("prompt.flow.none");
        }
        StringBuilder text = new StringBuilder(i18n.text(step.question()));
        if (step instanceof ChoiceStep c) {
            List<String> names = new ArrayList<>();
            for (Choice choice : c.page(model.pageProperty().get())) {
                names.add(i18n.text(choice.label()));
            }
            text.append(i18n.text("flow.choices.spoken", String.join(i18n.text("flow.list.separator"), names)));
        } else if (step instanceof SummaryStep s) {
            for (SummaryStep.SummaryLine line : s.lines()) {
                text.append(i18n.text("flow.summary.spoken-line", i18n.text(line.label()), i18n.text(line.value())));
            }
            for (Message note : s.notes()) {
                text.append(i18n.text(note));
            }
            text.append(i18n.text("flow.summary.spoken-end", i18n.text(s.confirm())));
            return new Prompt("prompt.flow", List.of(text.toString()), true);
        } else if (step instanceof NoticeStep n) {
            for (Message line : n.text()) {
                text.append(i18n.text(line));
            }
        }
        return new Prompt("prompt.flow", List.of(text.toString()), false);
    }

    @Override
    protected Node buildView() {
        Label progress = new Label();
        progress.getStyleClass().addAll("lead", "muted");
        progress.setId("flow-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> model.stepCountProperty().get() == 0 ? ""
                        : i18n.text("flow.progress", model.stepNumberProperty().get(), model.stepCountProperty().get()),
                model.stepNumberProperty(), model.stepCountProperty(), i18n.localeProperty()));
        Label question = new Label();
        question.getStyleClass().add("heading");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setId("flow-question");
        question.textProperty().bind(Bindings.createStringBinding(() -> {
            Step s = model.stepProperty().get();
            return s == null ? i18n.text("flow.none") : i18n.text(s.question());
        }, model.stepProperty(), i18n.localeProperty()));

        VBox body = new VBox(24);
        body.setId("flow-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        Runnable render = () -> body.getChildren().setAll(bodyFor(model.stepProperty().get()));
        model.stepProperty().addListener((o, a, b) -> render.run());
        model.pageProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();

        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(32, question, progress);
        top.setAlignment(Pos.BASELINE_LEFT);
        // keypad steps carry the question in their left column, so the keypad can use the full height
        top.visibleProperty().bind(Bindings.createBooleanBinding(() -> !keyed(model.stepProperty().get()),
                model.stepProperty()));
        top.managedProperty().bind(top.visibleProperty());
        VBox box = new VBox(24, top, body);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static boolean keyed(Step step) {
        return step instanceof NumberStep || step instanceof DateStep;
    }

    private List<Node> bodyFor(Step step) {
        if (step instanceof ChoiceStep c) {
            return choices(c);
        } else if (step instanceof NumberStep n) {
            return List.of(keyed(n, n.kind().decimalPoint(), entryText(n.kind()), List.of()));
        } else if (step instanceof DateStep d) {
            return List.of(keyed(d, false, dateText(), d.quick()));
        } else if (step instanceof SummaryStep s) {
            return summary(s);
        } else if (step instanceof NoticeStep n) {
            return notice(n);
        }
        return List.of();
    }

    private List<Node> choices(ChoiceStep step) {
        List<Node> out = new ArrayList<>();
        if (!step.hint().key().isEmpty()) {
            Label hint = new Label(i18n.text(step.hint()));
            hint.getStyleClass().add("body");
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            out.add(hint);
        }
        GridPane grid = new GridPane();
        grid.setHgap(32);
        grid.setVgap(24);
        List<Choice> shown = step.page(model.pageProperty().get());
        // short names (provinces, cities) three to a row, so six fit in two rows even in large text
        boolean shortNames = step.choices().stream().allMatch(c -> i18n.text(c.label()).length() <= SHORT_NAME);
        int columns = shortNames ? 3 : 2;
        for (int i = 0; i < shown.size(); i++) {
            Choice choice = shown.get(i);
            Button b = Controls.role(new Button(i18n.text(choice.label())), "flow-choice-" + i);
            b.getStyleClass().add("choice");
            b.setAccessibleText(b.getText());
            b.setPrefWidth(shortNames ? 540 : 820);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> model.choose(choice));
            grid.add(b, i % columns, i / columns);
        }
        out.add(grid);
        if (step.pages() > 1) {
            Button previous = Controls.role(Controls.button(i18n, "flow.page.previous"), "flow-page-previous");
            previous.setOnAction(e -> model.previousPage());
            previous.setDisable(model.pageProperty().get() == 0);
            Button next = Controls.role(Controls.button(i18n, "flow.page.next"), "flow-page-next");
            next.setOnAction(e -> model.nextPage());
            next.setDisable(model.pageProperty().get() >= step.pages() - 1);
            Label where = new Label(i18n.text("flow.page", model.pageProperty().get() + 1, step.pages()));
            where.getStyleClass().add("body");
            HBox paging = new HBox(32, previous, where, next);
            paging.setAlignment(Pos.CENTER_LEFT);
            out.add(paging);
        }
        return out;
    }

    private javafx.beans.binding.StringBinding entryText(NumberKind kind) {
        return Bindings.createStringBinding(() -> {
            String keyed = model.entryProperty().get();
            return keyed.isEmpty() ? i18n.text("flow.entry.empty")
                    : kind == NumberKind.AMOUNT ? i18n.text("flow.entry.amount", keyed) : kind.display(keyed);
        }, model.entryProperty(), i18n.localeProperty());
    }

    /** "2026年12月__日": the date fills in as the digits are keyed. */
    private javafx.beans.binding.StringBinding dateText() {
        return Bindings.createStringBinding(() -> {
            String d = (model.entryProperty().get() + "________").substring(0, 8);
            return i18n.text("flow.entry.date", d.substring(0, 4), d.substring(4, 6), d.substring(6, 8));
        }, model.entryProperty(), i18n.localeProperty());
    }

    private Node keyed(Step step, boolean point, javafx.beans.binding.StringBinding shown, List<Choice> quick) {
        Label progress = new Label(i18n.text("flow.progress", model.stepNumberProperty().get(), model.stepCountProperty().get()));
        progress.getStyleClass().addAll("lead", "muted");
        progress.setId("flow-keyed-progress");
        Label question = new Label(i18n.text(step.question()));
        question.getStyleClass().add("heading");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setId("flow-keyed-question");
        Label number = new Label();
        number.getStyleClass().add("id-entry");
        number.setId("flow-entry");
        number.setMaxWidth(Double.MAX_VALUE);
        number.textProperty().bind(shown);
        number.setAccessibleText(i18n.text("flow.entry.accessible"));
        VBox left = new VBox(24, progress, question, number);
        if (!quick.isEmpty()) {
            HBox quickRow = new HBox(24);
            for (int i = 0; i < quick.size(); i++) {
                Choice choice = quick.get(i);
                Button b = Controls.role(new Button(i18n.text(choice.label())), "flow-quick-" + i);
                b.getStyleClass().add("choice");
                b.setPrefWidth(300);
                b.setAccessibleText(b.getText());
                b.setOnAction(e -> model.choose(choice));
                quickRow.getChildren().add(b);
            }
            left.getChildren().add(quickRow);
        }
        Button confirm = Controls.role(Controls.button(i18n, "flow.entry.confirm", "primary", "main-action"), "flow-entry-confirm");
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.setOnAction(e -> model.confirmEntry());
        left.getChildren().add(confirm);
        left.setPrefWidth(860);
        HBox.setHgrow(left, Priority.ALWAYS);

        GridPane keys = new GridPane();
        keys.setHgap(20);
        keys.setVgap(20);
        String[] layout = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
        for (int i = 0; i < layout.length; i++) {
            keys.add(key(layout[i].charAt(0)), i % 3, i / 3);
        }
        if (point) {
            keys.add(key('.'), 0, 3);
        }
        keys.add(key('0'), 1, 3);
        Button delete = Controls.role(Controls.button(i18n, "keyed.delete", "key", "key-word"), "flow-key-delete");
        delete.setOnAction(e -> model.delete());
        keys.add(delete, 2, 3);
        Button clear = Controls.role(Controls.button(i18n, "keyed.clear", "key", "key-word"), "flow-key-clear");
        clear.setOnAction(e -> model.clearEntry());
        keys.add(clear, 3, 0);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(56, left, keys);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Button key(char c) {
        String text = String.valueOf(c);
        Button b = new Button(text);
        b.getStyleClass().add("key");
        b.setAccessibleText(c == '.' ? i18n.text("flow.key.point") : text);
        Controls.role(b, c == '.' ? "flow-key-point" : "flow-key-" + c);
        b.setOnAction(e -> model.key(c));
        return b;
    }

    private List<Node> summary(SummaryStep step) {
        GridPane lines = new GridPane();
        lines.setHgap(32);
        lines.setVgap(12);
        lines.setId("flow-summary");
        for (int i = 0; i < step.lines().size(); i++) {
            SummaryStep.SummaryLine line = step.lines().get(i);
            Label label = new Label(i18n.text(line.label()));
            label.getStyleClass().addAll("body", "muted");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(i18n.text(line.value()));
            value.getStyleClass().addAll("body", "status-note");
            value.setWrapText(true);
            value.setMaxWidth(560);
            value.setMinHeight(Region.USE_PREF_SIZE);
            lines.add(label, 0, i);
            lines.add(value, 1, i);
        }
        VBox notes = new VBox(8);
        for (Message note : step.notes()) {
            Label l = new Label(i18n.text(note));
            l.getStyleClass().add("body");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            notes.getChildren().add(l);
        }
        Button confirm = Controls.role(new Button(i18n.text(step.confirm())), "flow-confirm");
        confirm.getStyleClass().addAll("primary", "main-action");
        confirm.setAccessibleText(confirm.getText());
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> model.confirm());
        Label busy = new Label();
        busy.getStyleClass().addAll("lead", "status-note");
        busy.setId("flow-busy");
        busy.textProperty().bind(Bindings.createStringBinding(() -> {
            ServiceFlow f = model.flowProperty().get();
            return model.busyProperty().get() && f != null ? i18n.text(f.submitting()) : "";
        }, model.busyProperty(), model.flowProperty(), i18n.localeProperty()));
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        VBox action = new VBox(16, confirm, busy);
        action.setAlignment(Pos.CENTER_LEFT);
        // answers on the left, what happens next and the one button on the right: both fit in large text
        lines.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(24, notes, action);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(48, lines, right);
        return List.of(columns);
    }

    private List<Node> notice(NoticeStep step) {
        List<Node> out = new ArrayList<>();
        for (Message line : step.text()) {
            Label l = new Label(i18n.text(line));
            l.getStyleClass().add("lead");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            out.add(l);
        }
        Button done = Controls.role(Controls.button(i18n, "flow.notice.done", "primary", "main-action"), "flow-notice-done");
        done.setPrefWidth(560);
        done.setOnAction(e -> model.finishNotice());
        out.add(done);
        return out;
    }
}
