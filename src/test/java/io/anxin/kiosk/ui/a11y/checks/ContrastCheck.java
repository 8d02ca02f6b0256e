package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 3: each text's fill against its effective background, by the WCAG relative-luminance
 * formula, >= 7:1 (staff 4.5:1). The background is the first opaque colour fill up the parent chain
 * that covers the text; of a region's fills (a border drawn as an outer fill under an inset inner
 * one) the innermost, last painted, that covers it; the scene fill when there is none. A
 * translucent text fill is blended over that background first.
 */
public final class ContrastCheck implements Check {

    /** Slack when deciding whether a fill covers a text's box, px. */
    private static final double COVER_TOLERANCE = 1.0;

    @Override
    public String id() {
        return "3-contrast";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        double min = ctx.thresholds().minContrast();
        for (Text text : ctx.readableTexts()) {
            Paint paint = text.getFill();
            if (!(paint instanceof Color fg)) {
                out.add(ctx.violation(text, "text fill is not a plain colour (" + paint + "); cannot be checked"));
                continue;
            }
            Color bg = background(text, ctx);
            double ratio = ratio(blend(fg, bg), bg);
            if (ratio + 1e-6 < min) {
                out.add(ctx.violation(text, String.format(Locale.ROOT, "contrast %.2f:1 < %.1f:1 (%s on %s)", ratio,
                        min, hex(fg), hex(bg))));
            }
        }
        return out;
    }

    static Color background(Node node, ScreenContext ctx) {
        Bounds box = SceneQueries.sceneBounds(node);
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (!(p instanceof Region r) || r.getBackground() == null) {
                continue;
            }
            List<BackgroundFill> fills = r.getBackground().getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                BackgroundFill fill = fills.get(i);
                if (!(fill.getFill() instanceof Color c) || c.getOpacity() < 1.0) {
                    continue;
                }
                Insets in = fill.getInsets();
                Bounds area = r.localToScene(new BoundingBox(in.getLeft(), in.getTop(),
                        r.getWidth() - in.getLeft() - in.getRight(), r.getHeight() - in.getTop() - in.getBottom()));
                if (covers(area, box)) {
                    return c;
                }
            }
        }
        return ctx.scene().getFill() instanceof Color c ? c : Color.WHITE;
    }

    private static boolean covers(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - COVER_TOLERANCE && inner.getMinY() >= outer.getMinY() - COVER_TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + COVER_TOLERANCE
                && inner.getMaxY() <= outer.getMaxY() + COVER_TOLERANCE;
    }

    static Color blend(Color fg, Color bg) {
        double a = fg.getOpacity();
        return Color.color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio, 1..21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
