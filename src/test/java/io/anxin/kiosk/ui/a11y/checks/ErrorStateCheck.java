package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.text.Text;

import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * Check 9: an error raised by the screen's model is both shown (a visible text inside the scene
 * carrying the message's words) and spoken (a SPEAK of the message's key), not colour alone.
 */
public final class ErrorStateCheck implements Check {

    @Override
    public String id() {
        return "9-error-state";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        ctx.screen().model().clearError();
        ctx.layout();
        RecordingVoice voice = ctx.harness().voice;
        voice.clearEvents();
        Message message = Message.of(ScreenContext.TEST_ERROR);
        ctx.screen().model().showError(message);
        ctx.layout();
        String words = ctx.ui().i18n().text(message);
        boolean shown = ctx.readableTexts().stream().anyMatch(t -> t.getText().contains(words) && onScreen(t, ctx));
        if (!shown) {
            out.add(ctx.violation("error " + message.key(), "no visible text shows \"" + words + "\""));
        }
        boolean spoken = voice.events().stream()
                .anyMatch(e -> e.type() == RecordingVoice.Type.SPEAK && message.key().equals(e.key()));
        if (!spoken) {
            out.add(ctx.violation("error " + message.key(), "not spoken; the voice got " + voice.events()));
        }
        ctx.screen().model().clearError();
        return out;
    }

    private static boolean onScreen(Text t, ScreenContext ctx) {
        Bounds b = SceneQueries.sceneBounds(t);
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMinX() >= 0 && b.getMinY() >= 0
                && b.getMaxX() <= ctx.scene().getWidth() && b.getMaxY() <= ctx.scene().getHeight();
    }
}
