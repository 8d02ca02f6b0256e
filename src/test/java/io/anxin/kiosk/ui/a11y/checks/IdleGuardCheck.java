package io.anxin.kiosk.ui.a11y.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

import io.anxin.kiosk.ui.IdleGuard;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * Check 8: on every screen but the attract screen, after the idle time the warning is shown and
 * spoken with a countdown of at least 30 s; "继续办理" closes it and the idle time starts again, as
 * often as wanted (the check extends {@value #EXTENSIONS} times); when the countdown runs out the
 * kiosk is on the attract screen and the resident's name and ID number are found nowhere: not in
 * any screen's nodes (shown or not), not in any view model, the session, the navigator or the idle
 * guard (read reflectively), not in the voice's repeat buffer, not in a log file.
 *
 * <p>Planting: the marker resident is put into the session as a card-identified identity (as the
 * card reader does), and into the screen model's error, which the shell shows and the navigator
 * speaks (so the voice's repeat buffer holds it too).
 */
public final class IdleGuardCheck implements Check {

    public static final String NAME = "司马明月";
    public static final String ID_NUMBER = "43010219880715003X";
    /** Bundle key whose text is its one argument, so the planted marker is on screen. */
    public static final String MARKER_KEY = "walker.test-resident";
    static final int EXTENSIONS = 12;
    static final int MIN_COUNTDOWN = 30;

    @Override
    public String id() {
        return "8-idle";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        if (ctx.isRoot()) {
            return out;
        }
        IdleGuard guard = ctx.ui().idleGuard();
        MutableClock clock = ctx.harness().clock;
        RecordingVoice voice = ctx.harness().voice;
        Duration idle = Duration.ofSeconds(ctx.harness().settings.idleSeconds());

        guard.activity();
        plant(ctx, out);
        voice.clearEvents();

        clock.advance(idle.minusSeconds(1));
        guard.tick();
        if (guard.warningProperty().get()) {
            out.add(ctx.violation("idle warning", "shown before the idle time of " + idle.toSeconds() + " s"));
        }
        clock.advance(Duration.ofSeconds(1));
        guard.tick();
        ctx.layout();
        if (!warningShown(ctx, out, "after " + idle.toSeconds() + " s idle")) {
            return out;
        }
        int countdown = guard.secondsLeftProperty().get();
        if (countdown < MIN_COUNTDOWN || guard.warningSeconds() < MIN_COUNTDOWN) {
            out.add(ctx.violation("idle countdown", countdown + " s < " + MIN_COUNTDOWN + " s"));
        }
        boolean spoken = voice.events().stream().anyMatch(e -> e.type() == RecordingVoice.Type.SPEAK
                && "idle.warning.prompt".equals(e.key()) && e.prompt().args().contains(countdown));
        if (!spoken) {
            out.add(ctx.violation("idle warning", "not spoken with its countdown; the voice got " + voice.events()));
        }
        Node count = ctx.root().lookup("#idle-count");
        if (!(count instanceof Labeled l) || !SceneQueries.shown(l) || !l.getText().contains(String.valueOf(countdown))) {
            out.add(ctx.violation(count, "the countdown " + countdown + " is not shown"));
        }

        for (int i = 1; i <= EXTENSIONS; i++) {
            Node node = ctx.root().lookup("#idle-continue");
            if (!(node instanceof Button cont) || !SceneQueries.shown(cont) || cont.isDisabled()) {
                out.add(ctx.violation(node, "no shown, enabled 继续办理 button (extension " + i + ")"));
                return out;
            }
            cont.fire();
            ctx.layout();
            if (guard.warningProperty().get() || SceneQueries.shown(ctx.root().lookup("#idle-warning"))) {
                out.add(ctx.violation(cont, "继续办理 did not close the warning (extension " + i + ")"));
                return out;
            }
            clock.advance(idle);
            guard.tick();
            ctx.layout();
            if (!warningShown(ctx, out, "after extension " + i)) {
                return out;
            }
        }

        for (int s = 0; s <= countdown && !ctx.ui().navigator().atRoot(); s++) {
            clock.advance(Duration.ofSeconds(1));
            guard.tick();
        }
        ctx.layout();
        if (!ctx.ui().navigator().atRoot()) {
            out.add(ctx.violation("idle expiry", "not on the attract screen after the countdown but on "
                    + ctx.ui().navigator().current().id()));
        }
        for (String hit : leaks(ctx)) {
            out.add(ctx.violation("after idle expiry", hit));
        }
        return out;
    }

    /**
     * Puts the marker in the screen's model and, through the navigator's error speaker, in the voice.
     * Whether the error is visible is check 9's business; the leak search covers wherever it went.
     */
    private static void plant(ScreenContext ctx, List<Violation> out) {
        ctx.ui().session().identityProperty().set(new io.anxin.kiosk.domain.ResidentIdentity(java.util.Optional.of(NAME),
                io.anxin.kiosk.domain.IdNumber.parse(ID_NUMBER), io.anxin.kiosk.domain.IdentityMethod.CARD,
                java.util.Optional.of(java.time.LocalDate.of(2030, 1, 1))));
        ctx.screen().model().showError(Message.of(MARKER_KEY, NAME + " " + ID_NUMBER));
        ctx.layout();
        Prompt repeat = ctx.harness().voice.lastRepeatPrompt();
        boolean inVoice = repeat != null && repeat.args().stream().anyMatch(a -> String.valueOf(a).contains(NAME));
        if (!inVoice) {
            out.add(ctx.violation("resident marker", "could not be planted in the voice; the leak search proves less"));
        }
    }

    private static boolean warningShown(ScreenContext ctx, List<Violation> out, String when) {
        if (!ctx.ui().idleGuard().warningProperty().get() || !SceneQueries.shown(ctx.root().lookup("#idle-warning"))) {
            out.add(ctx.violation("idle warning", "not shown " + when));
            return false;
        }
        return true;
    }

    /** Everywhere the resident's name or ID number could still be. */
    static List<String> leaks(ScreenContext ctx) {
        LeakScanner scanner = new LeakScanner(List.of(NAME, ID_NUMBER));
        scanner.scanNodes("scene", ctx.root());
        for (Screen s : ctx.ui().registry().all()) {
            scanner.scanNodes("view of " + s.id(), s.view());
            scanner.scanObject("model of " + s.id(), s.model());
        }
        scanner.scanObject("session", ctx.ui().session());
        scanner.scanObject("navigator", ctx.ui().navigator());
        scanner.scanObject("idle guard", ctx.ui().idleGuard());
        scanner.scanObject("voice repeat buffer", ctx.harness().voice.lastRepeatPrompt());
        scanner.scanFiles("log", ctx.harness().dataDir, ".log");
        return scanner.hits();
    }
}
