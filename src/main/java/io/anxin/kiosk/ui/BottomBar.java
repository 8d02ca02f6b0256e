package io.anxin.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The way out and the comfort controls under every resident screen: 返回, 首页, 呼叫工作人员, 重听,
 * 大字, 音量 (specs/accessibility.md, "way out", "volume", "large-text mode").
 */
final class BottomBar extends HBox {

    BottomBar(I18n i18n, ShellActions actions, ResidentSession session) {
        getStyleClass().add("bottom-bar");
        Button back = Controls.role(Controls.button(i18n, "nav.back"), "nav-back");
        back.setOnAction(e -> actions.back());
        Button home = Controls.role(Controls.button(i18n, "nav.home"), "nav-home");
        home.setOnAction(e -> actions.home());
        Button help = Controls.role(Controls.button(i18n, "nav.call-staff", "help"), "nav-call-staff");
        help.setOnAction(e -> actions.callStaff());
        Button repeat = Controls.role(Controls.button(i18n, "nav.repeat"), "nav-repeat");
        repeat.setOnAction(e -> actions.repeat());

        Button textSize = Controls.role(new Button(), "nav-text-size");
        textSize.getStyleClass().add("button");
        textSize.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(session.largeTextProperty().get() ? "nav.text-size.normal" : "nav.text-size.large"),
                session.largeTextProperty(), i18n.localeProperty()));
        textSize.accessibleTextProperty().bind(textSize.textProperty());
        textSize.setOnAction(e -> session.largeTextProperty().set(!session.largeTextProperty().get()));

        Button volume = Controls.role(new Button(), "nav-volume");
        volume.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("nav.volume", i18n.text("volume." + session.volumeProperty().get())),
                session.volumeProperty(), i18n.localeProperty()));
        volume.accessibleTextProperty().bind(volume.textProperty());
        volume.setOnAction(e -> actions.cycleVolume());

        for (Button b : new Button[] {back, home, help, repeat, textSize, volume}) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().add(b);
        }
        back.managedProperty().bind(back.visibleProperty());
        home.managedProperty().bind(home.visibleProperty());
    }

    void showNavigation(boolean show) {
        lookup("#nav-back").setVisible(show);
        lookup("#nav-home").setVisible(show);
    }
}
