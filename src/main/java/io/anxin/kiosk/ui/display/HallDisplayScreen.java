package io.anxin.kiosk.ui.display;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/**
 * The hall's television (1920x1080, read from across the hall): the newest call in very large type,
 * flashing briefly when it comes in, the last calls, waiting tickets per category and the time; a
 * banner when the hall node does not answer. Nothing on it is interactive.
 */
public final class HallDisplayScreen extends BaseScreen<HallDisplayViewModel> {

    public static final String ID = "hall-display";
    /** Half-periods of the flash of a new call. */
    private static final int FLASHES = 6;

    private final I18n i18n;
    private final ZoneId zone;
    private final Timeline flash = new Timeline();

    public HallDisplayScreen(I18n i18n, HallDisplayViewModel model, ZoneId zone) {
        super(ID, Audience.HALL, "hall.display.title", model);
        this.i18n = i18n;
        this.zone = zone;
    }

    @Override
    protected Node buildView() {
        VBox root = new VBox();
        root.getStyleClass().add("hall-display");
        root.getChildren().addAll(header(), banner(), body(), waitingBar());
        return root;
    }

    private Node header() {
        Label title = Controls.label(i18n, "hall.display.title", "display-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label date = new Label();
        date.getStyleClass().add("display-date");
        date.textProperty().bind(Bindings.createStringBinding(() -> DateTimeFormatter
                .ofPattern(i18n.text("hall.display.date-format"), i18n.localeProperty().get())
                .format(model.nowProperty().get().atZone(zone)), model.nowProperty(), i18n.localeProperty()));
        Label time = new Label();
        time.getStyleClass().add("display-time");
        time.setId("display-time");
        time.textProperty().bind(Bindings.createStringBinding(() -> DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
                .format(model.nowProperty().get().atZone(zone)), model.nowProperty()));
        HBox header = new HBox(title, gap, date, time);
        header.getStyleClass().add("display-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node banner() {
        Label banner = new Label();
        banner.setId("display-banner");
        banner.getStyleClass().add("display-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(model.hasBoardProperty().get()
                ? "hall.display.offline" : "hall.display.connecting"), model.hasBoardProperty(), i18n.localeProperty()));
        BooleanBinding shown = model.connectedProperty().not().or(model.hasBoardProperty().not());
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        return banner;
    }

    private Node body() {
        HBox body = new HBox(hero(), recentList());
        body.getStyleClass().add("display-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        model.connectedProperty().addListener((obs, was, now) -> stale(body, !now));
        model.hasBoardProperty().addListener((obs, was, now) -> stale(body, !model.connectedProperty().get()));
        stale(body, !model.connectedProperty().get());
        return body;
    }

    private static void stale(Node body, boolean on) {
        body.getStyleClass().remove("stale");
        if (on) {
            body.getStyleClass().add("stale");
        }
    }

    private Node hero() {
        Label before = Controls.label(i18n, "hall.display.call.before", "display-call-word");
        Label number = new Label();
        number.setId("display-current-number");
        number.getStyleClass().add("display-call-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : model.currentProperty().get().number(), model.currentProperty()));
        Label after = Controls.label(i18n, "hall.display.call.after", "display-call-word");
        HBox line = new HBox(before, number, after);
        line.getStyleClass().add("display-call-line");
        line.setAlignment(Pos.BASELINE_CENTER);
        Label window = new Label();
        window.setId("display-current-window");
        window.getStyleClass().add("display-call-window");
        window.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : i18n.text("hall.display.call.window", Integer.toString(model.currentProperty().get().window())),
                model.currentProperty(), i18n.localeProperty()));
        Label none = Controls.label(i18n, "hall.display.none", "display-call-none");
        BooleanBinding hasCall = model.currentProperty().isNotNull();
        for (Node n : new Node[] {line, window}) {
            n.visibleProperty().bind(hasCall);
            n.managedProperty().bind(hasCall);
        }
        none.visibleProperty().bind(hasCall.not());
        none.managedProperty().bind(hasCall.not());
        VBox hero = new VBox(line, window, none);
        hero.setId("display-hero");
        hero.getStyleClass().add("display-hero");
        hero.setAlignment(Pos.CENTER);
        HBox.setHgrow(hero, Priority.ALWAYS);
        hero.setMaxWidth(Double.MAX_VALUE);
        flash.getKeyFrames().add(new KeyFrame(Duration.millis(450), e -> toggle(hero, "flash")));
        flash.setCycleCount(FLASHES);
        flash.setOnFinished(e -> hero.getStyleClass().remove("flash"));
        model.freshProperty().addListener((obs, was, now) -> fresh(hero, now));
        model.currentProperty().addListener((obs, was, now) -> {
            if (model.freshProperty().get()) {
                fresh(hero, true);
            }
        });
        return hero;
    }

    /** Marks the hero as a new call and flashes it a few times; the mark stays while the call is fresh. */
    private void fresh(Node hero, boolean on) {
        flash.stop();
        hero.getStyleClass().removeAll("fresh", "flash");
        if (on) {
            hero.getStyleClass().add("fresh");
            flash.playFromStart();
        }
    }

    private static void toggle(Node node, String styleClass) {
        if (!node.getStyleClass().remove(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }

    private Node recentList() {
        Label heading = Controls.label(i18n, "hall.display.recent", "display-recent-title");
        VBox rows = new VBox();
        rows.setId("display-recent");
        rows.getStyleClass().add("display-recent-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            boolean first = true;
            for (CallRow r : model.recent()) {
                Label number = new Label(r.number());
                number.getStyleClass().add("display-recent-number");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label window = new Label(i18n.text("hall.display.recent.window", Integer.toString(r.window())));
                window.getStyleClass().add("display-recent-window");
                HBox row = new HBox(number, gap, window);
                row.getStyleClass().add("display-recent-row");
                if (first) {
                    row.getStyleClass().add("newest");
                }
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
                first = false;
            }
        };
        model.recent().addListener((ListChangeListener<CallRow>) c -> fill.run());
        i18n.localeProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        VBox panel = new VBox(heading, rows);
        panel.getStyleClass().add("display-recent");
        return panel;
    }

    private Node waitingBar() {
        Label heading = Controls.label(i18n, "hall.display.waiting", "display-waiting-title");
        HBox tiles = new HBox();
        tiles.setId("display-waiting");
        tiles.getStyleClass().add("display-waiting-tiles");
        Runnable fill = () -> {
            tiles.getChildren().clear();
            for (WaitingRow w : model.waiting()) {
                Label name = new Label(w.letter() + "  " + (i18n.isChinese() ? w.nameZh() : w.nameEn()));
                name.getStyleClass().add("display-waiting-name");
                name.setWrapText(true);
                name.setMinHeight(Region.USE_PREF_SIZE);
                Label count = new Label(i18n.text("hall.display.waiting.count", Integer.toString(w.count())));
                count.getStyleClass().add("display-waiting-count");
                count.setId("display-waiting-" + w.code());
                count.setMinWidth(Region.USE_PREF_SIZE);
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox tile = new HBox(name, gap, count);
                tile.setAlignment(Pos.CENTER_LEFT);
                tile.getStyleClass().add("display-waiting-tile");
                HBox.setHgrow(tile, Priority.ALWAYS);
                tile.setMaxWidth(Double.MAX_VALUE);
                tile.setPrefWidth(1);
                tiles.getChildren().add(tile);
            }
        };
        model.waiting().addListener((ListChangeListener<WaitingRow>) c -> fill.run());
        i18n.localeProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        VBox bar = new VBox(heading, tiles);
        bar.getStyleClass().add("display-waiting");
        return bar;
    }
}
