package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;

/**
 * Check 7: a resident screen shows back, home, call-staff, repeat, text-size and volume controls,
 * found by their {@link Controls#ROLE}, shown and enabled. Only the attract screen (the root, where
 * there is nowhere to go back to) may leave out back and home.
 */
public final class WayOutCheck implements Check {

    static final List<String> ROLES = List.of("nav-back", "nav-home", "nav-call-staff", "nav-repeat", "nav-text-size",
            "nav-volume");

    @Override
    public String id() {
        return "7-way-out";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        if (ctx.screen().audience() != Audience.RESIDENT) {
            return out;
        }
        List<Node> nodes = ctx.nodes();
        for (String role : ROLES) {
            if (ctx.isRoot() && (role.equals("nav-back") || role.equals("nav-home"))) {
                continue;
            }
            boolean present = nodes.stream().anyMatch(n -> role.equals(n.getProperties().get(Controls.ROLE))
                    && SceneQueries.shown(n) && !n.isDisabled());
            if (!present) {
                out.add(ctx.violation(role, "control missing, hidden or disabled"));
            }
        }
        return out;
    }
}
