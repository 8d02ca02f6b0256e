package io.anxin.kiosk.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * The stage: undecorated full screen that only the technician PIN leaves in kiosk mode; an ordinary
 * 16:9 window in demo mode. Drives the idle guard once a second.
 */
final class KioskWindow {

    private KioskWindow() {
    }

    static void show(Stage stage, UiAssembly ui, boolean kioskMode, Runnable quit, Runnable firstFrame) {
        Scene scene = ui.scene();
        stage.titleProperty().bind(ui.i18n().bind(kioskMode ? "app.title" : "app.title.demo"));
        if (kioskMode) {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> {
                e.consume();
                ui.shell().technician();
            });
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double width = Math.min(1920, screen.getWidth() * 0.92);
            double height = Math.min(width * 9 / 16, screen.getHeight() * 0.92);
            stage.setWidth(height * 16 / 9);
            stage.setHeight(height);
            stage.setOnCloseRequest(e -> quit.run());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.CONTROL_DOWN,
                KeyCombination.ALT_DOWN), () -> ui.shell().technician());
        stage.setScene(scene);

        Runnable[] once = {firstFrame};
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                if (once[0] != null) {
                    once[0].run();
                    once[0] = null;
                    scene.removePostLayoutPulseListener(this);
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        stage.show();

        Timeline idleTicks = new Timeline(new KeyFrame(Duration.seconds(1), e -> ui.tick()));
        idleTicks.setCycleCount(Timeline.INDEFINITE);
        idleTicks.play();
    }
}
