package io.anxin.kiosk.ui.counter;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** The calling console: the ticket being served very visible, the five actions, and the hall beside it. */
public final class ConsoleScreen extends BaseScreen<ConsoleViewModel> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    public ConsoleScreen(I18n i18n, ConsoleViewModel model, ZoneId zone) {
        super(CounterSession.CONSOLE, Audience.STAFF, "counter.console.title", model);
        this.i18n = i18n;
        this.zone = zone;
    }

    @Override
    protected Node buildView() {
        VBox left = new VBox(24, currentCard(), actions(), transferPanel(), statusLine());
        left.setPrefWidth(1080);
        left.setMinWidth(1080);
        VBox right = new VBox(20, helpPanel(), waitingPanel(), recentPanel());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(32, left, right);
        box.getStyleClass().add("counter-console");
        return box;
    }

    private Node currentCard() {
        Label caption = Controls.label(i18n, "counter.current", "muted", "body");
        Label number = Controls.role(new Label(), "current-number");
        number.getStyleClass().add("ticket-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> {
            Ticket t = model.currentProperty().get();
            return t == null ? "\u2014" : t.number();
        }, model.currentProperty()));
        Label priority = Controls.role(Controls.label(i18n, "counter.current.priority", "priority-mark"), "current-priority");
        priority.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get() != null && model.currentProperty().get().priority(), model.currentProperty()));
        priority.managedProperty().bind(priority.visibleProperty());
        Label service = Controls.role(new Label(), "current-service");
        service.getStyleClass().add("ticket-service");
        service.setWrapText(true);
        service.setMinHeight(Region.USE_PREF_SIZE);
        service.textProperty().bind(Bindings.createStringBinding(() -> {
            Ticket t = model.currentProperty().get();
            if (t == null) {
                return i18n.text("counter.current.none");
            }
            return model.categories().byCode(t.categoryCode()).map(model::name).orElse(t.categoryCode());
        }, model.currentProperty(), i18n.localeProperty()));
        Label since = Controls.role(new Label(), "current-since");
        since.getStyleClass().add("body");
        since.setWrapText(true);
        since.setMinHeight(Region.USE_PREF_SIZE);
        since.textProperty().bind(Bindings.createStringBinding(() -> {
            Ticket t = model.currentProperty().get();
            if (t == null) {
                return "";
            }
            long minutes = Math.max(0, Duration.between(t.issuedAt(), model.nowProperty().get()).toMinutes());
            return i18n.text("counter.current.since", TIME.format(t.issuedAt().atZone(zone)), minutes) + "   "
                    + i18n.text("counter.current.called", t.window());
        }, model.currentProperty(), model.nowProperty(), i18n.localeProperty()));
        VBox details = new VBox(10, priority, service, since);
        details.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(details, Priority.ALWAYS);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(36, number, details);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, caption, head);
        card.setMinHeight(Region.USE_PREF_SIZE);
        card.getStyleClass().addAll("card", "current-ticket");
        return card;
    }

    private Node actions() {
        Button call = Controls.role(new Button(), "counter-call-next");
        call.getStyleClass().addAll("primary", "console-main");
        call.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                model.noneWaitingProperty().get() ? "counter.call-next.none" : "counter.call-next"),
                model.noneWaitingProperty(), i18n.localeProperty()));
        call.accessibleTextProperty().bind(call.textProperty());
        call.disableProperty().bind(model.busyProperty().or(model.currentProperty().isNotNull())
                .or(model.noneWaitingProperty()));
        call.setOnAction(e -> model.callNext());
        call.setMinWidth(Region.USE_PREF_SIZE);
        Button recall = ticketAction("counter.recall", "counter-recall", model::recall);
        Button noShow = ticketAction("counter.no-show", "counter-no-show", model::noShow);
        Button transfer = ticketAction("counter.transfer", "counter-transfer", model::openTransfer);
        Button finish = ticketAction("counter.finish", "counter-finish", model::finish);
        finish.getStyleClass().add("primary");
        // wraps rather than cuts a label in large text or a longer language
        FlowPane row = new FlowPane(16, 16, call, recall, noShow, transfer, finish);
        row.setPrefWrapLength(1080);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button ticketAction(String key, String role, Runnable action) {
        Button b = Controls.role(Controls.button(i18n, key, "console-action"), role);
        b.disableProperty().bind(model.busyProperty().or(model.currentProperty().isNull()));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Node transferPanel() {
        FlowPane targets = new FlowPane(12, 12);
        targets.setPrefWrapLength(1040);
        Runnable fill = () -> {
            targets.getChildren().clear();
            for (QueueCategory c : model.transferTargets()) {
                Button b = Controls.role(new Button(c.letter() + " " + model.name(c)), "transfer-" + c.code());
                b.setAccessibleText(b.getText());
                b.getStyleClass().add("console-action");
                b.setOnAction(e -> model.transfer(c.code()));
                b.setMinWidth(Region.USE_PREF_SIZE);
                targets.getChildren().add(b);
            }
            Button cancel = Controls.role(Controls.button(i18n, "counter.transfer.cancel", "console-action"), "transfer-cancel");
            cancel.setOnAction(e -> model.transferOpenProperty().set(false));
            targets.getChildren().add(cancel);
        };
        model.transferOpenProperty().addListener((obs, o, open) -> {
            if (open) {
                fill.run();
            }
        });
        VBox panel = new VBox(12, Controls.label(i18n, "counter.transfer.lead", "body"), targets);
        panel.getStyleClass().addAll("card", "transfer-panel");
        panel.visibleProperty().bind(model.transferOpenProperty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private Node statusLine() {
        Label status = Controls.role(new Label(), "counter-status");
        status.getStyleClass().addAll("body", "status-message");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(
                () -> model.statusProperty().get() == null ? "" : i18n.text(model.statusProperty().get()),
                model.statusProperty(), i18n.localeProperty()));
        status.visibleProperty().bind(model.statusProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Node helpPanel() {
        VBox rows = new VBox(10);
        Label none = Controls.label(i18n, "counter.help.none", "body", "muted");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.openHelp().isEmpty()) {
                rows.getChildren().add(none);
            }
            for (HelpCall h : model.openHelp()) {
                Label what = new Label();
                what.getStyleClass().add("body");
                what.setWrapText(true);
                what.setMinHeight(Region.USE_PREF_SIZE);
                what.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(what, Priority.ALWAYS);
                what.textProperty().bind(helpText(h));
                Button take = Controls.role(Controls.button(i18n, "counter.help.take", "help", "console-action"),
                        "help-take-" + h.id());
                take.setOnAction(e -> model.takeHelp(h.id()));
                take.disableProperty().bind(model.busyProperty());
                take.setMinWidth(Region.USE_PREF_SIZE);
                take.setMinHeight(Region.USE_PREF_SIZE);
                HBox row = new HBox(12, what, take);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
        };
        model.openHelp().addListener((ListChangeListener<HelpCall>) c -> fill.run());
        fill.run();
        VBox panel = new VBox(10, Controls.label(i18n, "counter.help.title", "panel-title"), rows);
        panel.getStyleClass().addAll("card", "help-panel");
        Runnable mark = () -> {
            panel.getStyleClass().remove("help-open");
            if (!model.openHelp().isEmpty()) {
                panel.getStyleClass().add("help-open");
            }
        };
        model.openHelp().addListener((ListChangeListener<HelpCall>) c -> mark.run());
        Controls.role(panel, "help-panel");
        return panel;
    }

    private StringBinding helpText(HelpCall h) {
        return Bindings.createStringBinding(() -> i18n.text("counter.help.call", h.terminal(), screenName(h.screen()),
                Math.max(0, Duration.between(h.raisedAt(), model.nowProperty().get()).toMinutes())),
                model.nowProperty(), i18n.localeProperty());
    }

    /** The screen the resident was on, by its title when the bundle has one. */
    private String screenName(String screenId) {
        String key = "counter.help.screen." + screenId;
        String text = i18n.text(key);
        return text.startsWith("\u27e6") ? screenId : text;
    }

    private Node waitingPanel() {
        VBox rows = new VBox(4);
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (ConsoleViewModel.WaitingRow r : model.waiting()) {
                Label l = new Label(i18n.text("counter.waiting.count", r.category().letter() + " " + model.name(r.category()),
                        r.count()));
                l.getStyleClass().add("body");
                if (r.here()) {
                    l.getStyleClass().add("waiting-here");
                }
                Controls.role(l, "waiting-" + r.category().code());
                rows.getChildren().add(l);
            }
        };
        model.waiting().addListener((ListChangeListener<ConsoleViewModel.WaitingRow>) c -> fill.run());
        i18n.localeProperty().addListener((obs, o, n) -> fill.run());
        VBox panel = new VBox(8, Controls.label(i18n, "counter.waiting.title", "panel-title"), rows);
        panel.getStyleClass().add("card");
        return panel;
    }

    private Node recentPanel() {
        VBox rows = new VBox(4);
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.recentCalls().isEmpty()) {
                rows.getChildren().add(Controls.label(i18n, "counter.recent.none", "body", "muted"));
            }
            for (HallEvent e : model.recentCalls()) {
                Label l = new Label(i18n.text("RECALLED".equals(e.kind()) ? "counter.recent.recall" : "counter.recent.call",
                        TIME.format(e.at().atZone(zone)), e.number()));
                l.getStyleClass().add("body");
                rows.getChildren().add(l);
            }
        };
        model.recentCalls().addListener((ListChangeListener<HallEvent>) c -> fill.run());
        i18n.localeProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        VBox panel = new VBox(8, Controls.label(i18n, "counter.recent.title", "panel-title"), rows);
        panel.getStyleClass().add("card");
        Controls.role(panel, "recent-calls");
        return panel;
    }
}
