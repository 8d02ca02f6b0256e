package io.anxin.kiosk.ui;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays the kiosk out at its reference size (1920x1080 scene px, specs/accessibility.md) and scales
 * it uniformly to whatever window or panel it is shown in, letterboxed. Touch coordinates follow the
 * transform, so targets keep their proportions on every panel.
 */
public final class ScaledViewport extends Region {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ScaledViewport(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("viewport");
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        if (!(factor > 0)) {
            factor = 1;
        }
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate((getWidth() - WIDTH * factor) / 2, (getHeight() - HEIGHT * factor) / 2, WIDTH, HEIGHT);
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }
}
