package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 5: every interactive node has something to say: a non-empty accessibleText (what the kiosk
 * speaks and a platform reader would read), or visible text of its own.
 */
public final class AccessibleTextCheck implements Check {

    @Override
    public String id() {
        return "5-accessible-text";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        for (Node node : TouchTargetCheck.targets(ctx)) {
            if (!hasText(node)) {
                out.add(ctx.violation(node, "no accessibleText and no visible text"));
            }
        }
        return out;
    }

    private static boolean hasText(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled l) {
            Text skin = SceneQueries.skinText(l);
            return l.getText() != null && !l.getText().isBlank() && skin != null && SceneQueries.readable(skin);
        }
        return SceneQueries.all(node).stream().anyMatch(n -> n instanceof Text t && SceneQueries.readable(t));
    }
}
