package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Thresholds;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 1: every visible text is at least 24 px (staff: 18), and at least 28 px in the main content,
 * that is anywhere but the shell's header and bottom bar. Measured on the computed font of each
 * Labeled and of every free-standing Text, skins included.
 */
public final class TextSizeCheck implements Check {

    @Override
    public String id() {
        return "1-text-size";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        Thresholds t = ctx.thresholds();
        List<Violation> out = new ArrayList<>();
        for (Node node : ctx.nodes()) {
            double size;
            if (node instanceof Labeled l) {
                Text skin = SceneQueries.skinText(l);
                if (skin == null || !SceneQueries.readable(skin)) {
                    continue;
                }
                size = l.getFont().getSize();
            } else if (node instanceof Text text && SceneQueries.owner(text) == null && SceneQueries.readable(text)) {
                size = text.getFont().getSize();
            } else {
                continue;
            }
            boolean main = isMainContent(node);
            double min = main ? t.minMainText() : t.minText();
            if (size + 1e-6 < min) {
                out.add(ctx.violation(node, String.format(Locale.ROOT, "font %.1f px < %.0f px%s", size, min,
                        main ? " (main content)" : "")));
            }
        }
        return out;
    }

    /** Everything but the frame's header and bottom bar. */
    static boolean isMainContent(Node node) {
        return !SceneQueries.insideStyleClass(node, "shell-header") && !SceneQueries.insideStyleClass(node, "bottom-bar");
    }
}
