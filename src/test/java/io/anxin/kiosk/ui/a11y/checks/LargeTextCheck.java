package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 2: large-text mode scales every font by at least 1.5 (the same node compared in both sizes),
 * no Labeled shows less than its text (an ellipsis), no two texts overlap and no text leaves the
 * 1920x1080 scene. Truncation and overlap are checked in the mode the walker is in (it walks both
 * sizes); the scaling when it is in normal size.
 */
public final class LargeTextCheck implements Check {

    /** Overlap allowed between two texts' boxes, px: antialiasing and line-spacing rounding. */
    static final double OVERLAP_TOLERANCE = 2.0;

    @Override
    public String id() {
        return "2-large-text";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        truncated(ctx, out);
        overlapping(ctx, out);
        if (!ctx.mode().largeText()) {
            scaling(ctx, out);
        }
        return out;
    }

    private static void truncated(ScreenContext ctx, List<Violation> out) {
        for (Node node : ctx.nodes()) {
            if (!(node instanceof Labeled l) || !SceneQueries.shown(l) || l.getText() == null || l.getText().isBlank()
                    || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                continue;
            }
            Text skin = SceneQueries.skinText(l);
            String shown = skin == null ? "" : skin.getText();
            if (!l.getText().equals(shown)) {
                out.add(ctx.violation(l, "truncated: shows \"" + shown + "\""));
            }
        }
    }

    private static void overlapping(ScreenContext ctx, List<Violation> out) {
        List<Text> texts = ctx.readableTexts();
        double w = ctx.scene().getWidth();
        double h = ctx.scene().getHeight();
        for (int i = 0; i < texts.size(); i++) {
            Bounds a = SceneQueries.sceneBounds(texts.get(i));
            if (a.getMinX() < -1 || a.getMinY() < -1 || a.getMaxX() > w + 1 || a.getMaxY() > h + 1) {
                out.add(ctx.violation(texts.get(i), "text leaves the screen: " + SceneQueries.rect(a)));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                if (SceneQueries.related(texts.get(i), texts.get(j))) {
                    continue;
                }
                Bounds b = SceneQueries.sceneBounds(texts.get(j));
                double[] overlap = SceneQueries.intersection(a, b);
                if (overlap[0] > OVERLAP_TOLERANCE && overlap[1] > OVERLAP_TOLERANCE) {
                    out.add(ctx.violation(texts.get(i), String.format(Locale.ROOT, "overlaps %s by %.0fx%.0f px",
                            SceneQueries.describe(texts.get(j)), overlap[0], overlap[1])));
                }
            }
        }
    }

    private static void scaling(ScreenContext ctx, List<Violation> out) {
        boolean contrast = ctx.mode().highContrast();
        Map<Text, Double> normal = sizes(ctx);
        ctx.setTextMode(true, contrast);
        Map<Text, Double> large = sizes(ctx);
        ctx.setTextMode(false, contrast);
        for (Map.Entry<Text, Double> e : normal.entrySet()) {
            Double after = large.get(e.getKey());
            if (after == null) {
                continue;
            }
            double factor = after / e.getValue();
            if (factor + 1e-3 < Theme.LARGE_TEXT_FACTOR) {
                out.add(ctx.violation(e.getKey(), String.format(Locale.ROOT,
                        "large text scales the font by %.2f (%.1f -> %.1f px), needs >= %.1f", factor, e.getValue(),
                        after, Theme.LARGE_TEXT_FACTOR)));
            }
        }
    }

    private static Map<Text, Double> sizes(ScreenContext ctx) {
        Map<Text, Double> sizes = new IdentityHashMap<>();
        for (Text t : ctx.readableTexts()) {
            sizes.put(t, t.getFont().getSize());
        }
        return sizes;
    }
}
