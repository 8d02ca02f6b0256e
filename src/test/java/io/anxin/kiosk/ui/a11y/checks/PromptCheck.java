package io.anxin.kiosk.ui.a11y.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.a11y.Check;
import io.anxin.kiosk.ui.a11y.ScreenContext;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * Check 6: the screen declares a spoken prompt whose words exist, non-blank, in both languages, and
 * arriving at it from another screen cuts the previous utterance (CANCEL) and then says exactly
 * that prompt (SPEAK), as recorded by the recording voice.
 */
public final class PromptCheck implements Check {

    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Override
    public String id() {
        return "6-prompt";
    }

    @Override
    public List<Violation> run(ScreenContext ctx) {
        List<Violation> out = new ArrayList<>();
        Screen screen = ctx.screen();
        Prompt declared = screen.prompt();
        if (declared == null) {
            out.add(ctx.violation((String) null, "no spoken prompt"));
            return out;
        }
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = I18n.bundle(locale);
            if (!bundle.containsKey(declared.key()) || bundle.getString(declared.key()).isBlank()) {
                out.add(ctx.violation("prompt " + declared.key(), "missing or blank in the " + locale + " bundle"));
            }
        }

        leave(ctx);
        RecordingVoice voice = ctx.harness().voice;
        voice.clearEvents();
        ctx.arrive();
        Prompt expected = screen.prompt();
        List<RecordingVoice.Event> events = voice.events();
        int spoken = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == RecordingVoice.Type.SPEAK && expected.equals(events.get(i).prompt())) {
                spoken = i;
                break;
            }
        }
        if (spoken < 0) {
            out.add(ctx.violation("prompt " + expected.key(), "not spoken on arrival; the voice got " + events));
            return out;
        }
        boolean cancelledFirst = false;
        for (int i = 0; i < spoken; i++) {
            cancelledFirst |= events.get(i).type() == RecordingVoice.Type.CANCEL;
        }
        if (!cancelledFirst) {
            out.add(ctx.violation("prompt " + expected.key(), "spoken without cutting the previous utterance: " + events));
        }
        return out;
    }

    /** Goes to some other screen first, so that the arrival is a real change of screen. */
    private static void leave(ScreenContext ctx) {
        if (ctx.isRoot()) {
            ctx.ui().navigator().home();
        } else {
            ctx.ui().navigator().toRoot();
        }
    }
}
