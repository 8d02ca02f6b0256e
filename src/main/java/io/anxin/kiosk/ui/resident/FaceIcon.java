package io.anxin.kiosk.ui.resident;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

import io.anxin.kiosk.domain.SatisfactionRating;

/**
 * A face drawn with shapes (the kiosk has no emoji font): smiling, straight or frowning mouth.
 * Colours come from the theme ({@code .face-line}, {@code .face-eye}), so high contrast recolours it.
 */
final class FaceIcon {

    static final double SIZE = 112;

    private FaceIcon() {
    }

    static Node of(SatisfactionRating rating) {
        double r = SIZE / 2 - 4;
        double c = SIZE / 2;
        Circle head = line(new Circle(c, c, r));
        Circle leftEye = eye(new Circle(c - r * 0.36, c - r * 0.25, r * 0.11));
        Circle rightEye = eye(new Circle(c + r * 0.36, c - r * 0.25, r * 0.11));
        Shape mouth = switch (rating) {
            case SATISFIED -> line(arc(c, c + r * 0.05, r * 0.5, r * 0.42, 200, 140));
            case BASICALLY_SATISFIED -> line(new Line(c - r * 0.4, c + r * 0.38, c + r * 0.4, c + r * 0.38));
            case UNSATISFIED -> line(arc(c, c + r * 0.62, r * 0.48, r * 0.32, 20, 140));
        };
        Group face = new Group(head, leftEye, rightEye, mouth);
        face.setId("face-" + rating.code());
        return face;
    }

    private static Arc arc(double cx, double cy, double rx, double ry, double start, double length) {
        Arc a = new Arc(cx, cy, rx, ry, start, length);
        a.setType(ArcType.OPEN);
        return a;
    }

    private static <S extends Shape> S line(S shape) {
        shape.getStyleClass().add("face-line");
        return shape;
    }

    private static Circle eye(Circle eye) {
        eye.getStyleClass().add("face-eye");
        return eye;
    }
}
