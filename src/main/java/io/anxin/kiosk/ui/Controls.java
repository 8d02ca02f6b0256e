package io.anxin.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Builders for the few kinds of control every screen uses, so sizes and styles come from the theme
 * and every control's spoken text is its visible text (or an explicit accessible text).
 */
public final class Controls {

    /** Node property naming a standard control, checked by the accessibility walker. */
    public static final String ROLE = "anxin.control";

    private Controls() {
    }

    public static Button button(I18n i18n, String key, String... styleClasses) {
        Button b = new Button();
        b.textProperty().bind(i18n.bind(key));
        b.accessibleTextProperty().bind(b.textProperty());
        b.getStyleClass().addAll(styleClasses);
        b.setFocusTraversable(true);
        return b;
    }

    public static Label label(I18n i18n, String key, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /**
     * A wrapping paragraph that keeps every line: layouts shrink other things before it, so it is
     * never cut off with an ellipsis.
     */
    public static Label paragraph(I18n i18n, String key, String... styleClasses) {
        Label l = label(i18n, key, styleClasses);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public static <T extends javafx.scene.Node> T role(T node, String role) {
        node.getProperties().put(ROLE, role);
        node.setId(role);
        return node;
    }
}
