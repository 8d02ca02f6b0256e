package io.anxin.kiosk.ui.a11y;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/** Reading a laid-out scene graph: every node (skins included), what is shown, where it is. FX thread only. */
public final class SceneQueries {

    private SceneQueries() {
    }

    /** {@code root} and every node below it, depth first, skin internals included. */
    public static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** In a scene, visible and not fully transparent, itself and every ancestor. */
    public static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() <= 0.01) {
                return false;
            }
        }
        return true;
    }

    /** The node's layout box in scene coordinates (its touch/text area, without effects). */
    public static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Whether one is an ancestor of the other (or they are the same node). */
    public static boolean related(Node a, Node b) {
        return isAncestor(a, b) || isAncestor(b, a);
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} has an ancestor carrying {@code styleClass}. */
    public static boolean insideStyleClass(Node node, String styleClass) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** Width and height of the intersection; zero or less when the rectangles do not meet. */
    public static double[] intersection(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return new double[] {w, h};
    }

    /** Shortest distance between two rectangles; 0 when they touch or overlap. */
    public static double gap(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** A Text with something to read, shown on screen. */
    public static boolean readable(Text t) {
        return t.getText() != null && !t.getText().isBlank() && shown(t);
    }

    /** The Labeled whose skin draws {@code text}, or null for a free-standing Text. */
    public static Labeled owner(Text text) {
        return text.getParent() instanceof Labeled l ? l : null;
    }

    /** The Text a Labeled's skin draws its text with, or null (graphic only, or no skin yet). */
    public static Text skinText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    /** Something a person can tap: an enabled button or a node with a click handler. */
    public static boolean clickable(Node node) {
        if (node.isDisabled()) {
            return false;
        }
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node.getOnMouseClicked() != null || node.getOnMouseReleased() != null
                || node.getOnTouchReleased() != null;
    }

    /** "Button#nav-back.button "返回"": enough to find the node in the code. */
    public static String describe(Node node) {
        StringBuilder sb = new StringBuilder(node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getName() : node.getClass().getSimpleName());
        if (node.getId() != null) {
            sb.append('#').append(node.getId());
        }
        for (String c : node.getStyleClass()) {
            sb.append('.').append(c);
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && !text.isEmpty()) {
            sb.append(" \"").append(text.length() > 30 ? text.substring(0, 30) + "..." : text).append('"');
        }
        if (node instanceof Text t && owner(t) != null) {
            sb.append(" in ").append(describe(owner(t)));
        }
        return sb.toString();
    }

    public static String rect(Bounds b) {
        return String.format(java.util.Locale.ROOT, "%.0fx%.0f at (%.0f,%.0f)", b.getWidth(), b.getHeight(),
                b.getMinX(), b.getMinY());
    }
}
