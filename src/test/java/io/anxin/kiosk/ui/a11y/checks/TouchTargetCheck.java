package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;

import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Thresholds;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 4: every enabled, shown button or node with a click handler is at least 80x80 px (staff
 * 44x44) in scene bounds; no two overlap and they are at least 16 px (staff 8) apart. A node and
 * its own ancestor or descendant (a tappable panel around its button) are not compared. A target
 * pushed (partly) off the screen by a layout that does not fit counts too: nobody can touch it.
 */
public final class TouchTargetCheck implements Check {

    /** Overlap of less than this is two edges meeting, px; it still fails the gap rule. */
    private static final double OVERLAP_TOLERANCE = 1.0;

    @Override
    public String id() {
        return "4-touch-targets";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        Thresholds t = ctx.thresholds();
        List<Violation> out = new ArrayList<>();
        List<Node> targets = targets(ctx);
        for (int i = 0; i < targets.size(); i++) {
            Node a = targets.get(i);
            Bounds ab = SceneQueries.sceneBounds(a);
            if (ab.getWidth() + 1e-6 < t.minTarget() || ab.getHeight() + 1e-6 < t.minTarget()) {
                out.add(ctx.violation(a, String.format(Locale.ROOT, "target %.0fx%.0f px < %.0fx%.0f px", ab.getWidth(),
                        ab.getHeight(), t.minTarget(), t.minTarget())));
            }
            javafx.scene.Scene scene = a.getScene();
            if (ab.getMinX() < -1 || ab.getMinY() < -1 || ab.getMaxX() > scene.getWidth() + 1
                    || ab.getMaxY() > scene.getHeight() + 1) {
                out.add(ctx.violation(a, String.format(Locale.ROOT, "outside the screen: %.0f,%.0f-%.0f,%.0f in a %.0fx%.0f scene",
                        ab.getMinX(), ab.getMinY(), ab.getMaxX(), ab.getMaxY(), scene.getWidth(), scene.getHeight())));
            }
            Node area = contentArea(a);
            if (area != null) {
                Bounds cb = SceneQueries.sceneBounds(area);
                if (ab.getMaxY() > cb.getMaxY() + 1 || ab.getMaxX() > cb.getMaxX() + 1) {
                    out.add(ctx.violation(a, String.format(Locale.ROOT,
                            "cut off: reaches %.0f,%.0f but the screen's content area ends at %.0f,%.0f",
                            ab.getMaxX(), ab.getMaxY(), cb.getMaxX(), cb.getMaxY())));
                }
            }
            for (int j = i + 1; j < targets.size(); j++) {
                Node b = targets.get(j);
                if (SceneQueries.related(a, b)) {
                    continue;
                }
                Bounds bb = SceneQueries.sceneBounds(b);
                double[] overlap = SceneQueries.intersection(ab, bb);
                if (overlap[0] > OVERLAP_TOLERANCE && overlap[1] > OVERLAP_TOLERANCE) {
                    out.add(ctx.violation(a, String.format(Locale.ROOT, "overlaps %s by %.0fx%.0f px",
                            SceneQueries.describe(b), overlap[0], overlap[1])));
                } else {
                    double gap = SceneQueries.gap(ab, bb);
                    if (gap + 1e-6 < t.minGap()) {
                        out.add(ctx.violation(a, String.format(Locale.ROOT, "only %.1f px from %s, needs >= %.0f px",
                                gap, SceneQueries.describe(b), t.minGap())));
                    }
                }
            }
        }
        return out;
    }

    /** The shell's content area holding {@code node}, whose edge clips it (under the bottom bar); null outside it. */
    private static Node contentArea(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("shell-content")) {
                return n;
            }
        }
        return null;
    }

    static List<Node> targets(ScreenContext ctx) {
        return ctx.nodes().stream().filter(SceneQueries::clickable).filter(SceneQueries::shown).toList();
    }
}
