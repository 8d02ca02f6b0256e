package io.anxin.kiosk.ui.a11y;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;

import io.anxin.kiosk.app.UiAssembly;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.resident.AttractScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * One screen of the real kiosk, in one mode, as a check sees it: the harness (UI, recording voice,
 * clock), the screen, its thresholds, and helpers to show it and lay it out. FX thread only.
 */
public final class ScreenContext {

    /** Key of the message the walker raises to see error states. */
    public static final String TEST_ERROR = "walker.test-error";

    /**
     * A scene shown on its own, outside the resident kiosk (the hall display): no navigator, session or
     * idle guard, so only the checks on what is drawn apply ({@link AccessibilityWalker#drawnChecks()}).
     *
     * @param textMode sets large text and high contrast
     * @param locale sets the language; null means the scene's default
     */
    public record Standalone(Scene scene, BiConsumer<Boolean, Boolean> textMode, Consumer<Locale> locale) {
    }

    private final KioskUiHarness harness;
    private final Standalone standalone;
    private final StaffHost host;
    private final Screen screen;
    private final Mode mode;
    private final Check check;

    ScreenContext(KioskUiHarness harness, Screen screen, Mode mode, Check check) {
        this(harness, null, null, screen, mode, check);
    }

    ScreenContext(Standalone standalone, Screen screen, Mode mode, Check check) {
        this(null, standalone, null, screen, mode, check);
    }

    ScreenContext(KioskUiHarness harness, StaffHost host, Screen screen, Mode mode, Check check) {
        this(harness, null, host, screen, mode, check);
    }

    private ScreenContext(KioskUiHarness harness, Standalone standalone, StaffHost host, Screen screen, Mode mode,
                          Check check) {
        this.harness = harness;
        this.standalone = standalone;
        this.host = host;
        this.screen = screen;
        this.mode = mode;
        this.check = check;
    }

    public KioskUiHarness harness() {
        return harness;
    }

    public UiAssembly ui() {
        return harness.ui;
    }

    public Screen screen() {
        return screen;
    }

    public Mode mode() {
        return mode;
    }

    public Thresholds thresholds() {
        return Thresholds.of(screen.audience());
    }

    public Scene scene() {
        return standalone != null ? standalone.scene() : host != null ? host.scene() : harness.ui.scene();
    }

    public Parent root() {
        return scene().getRoot();
    }

    public boolean isRoot() {
        return host == null && screen.id().equals(AttractScreen.ID);
    }

    /** Puts the screen in this context's mode, with no idle warning, and lays it out. */
    void prepare() {
        if (standalone != null) {
            standalone.locale().accept(mode.locale());
            setTextMode(mode.largeText(), mode.highContrast());
            return;
        }
        if (host != null) {
            host.setLocale(mode.locale());
            host.setTextMode(mode.largeText(), mode.highContrast());
            host.show(screen);
            if (mode.withError()) {
                screen.model().showError(Message.of(TEST_ERROR));
            }
            layout();
            return;
        }
        if (ui().idleGuard().warningProperty().get()) {
            ui().idleGuard().extend();
        }
        ui().i18n().localeProperty().set(mode.locale() == null ? ui().i18n().defaultLocale() : mode.locale());
        setTextMode(mode.largeText(), mode.highContrast());
        arrive();
        if (mode.withError()) {
            screen.model().showError(Message.of(TEST_ERROR));
        }
        layout();
    }

    /** Shows the screen the way a resident reaches it: the root by resetting, the others by going to them. */
    public void arrive() {
        if (host != null) {
            host.show(screen);
        } else if (isRoot()) {
            ui().navigator().toRoot();
        } else {
            ui().navigator().goTo(screen.id());
        }
    }

    public void setTextMode(boolean large, boolean highContrast) {
        if (standalone != null) {
            standalone.textMode().accept(large, highContrast);
            layout();
            return;
        }
        if (host != null) {
            host.setTextMode(large, highContrast);
            layout();
            return;
        }
        ui().session().largeTextProperty().set(large);
        ui().session().highContrastProperty().set(highContrast);
        layout();
    }

    /** CSS and layout, twice so that wrapped text settles, as pulses would. */
    public void layout() {
        for (int i = 0; i < 2; i++) {
            root().applyCss();
            root().layout();
        }
    }

    public List<Node> nodes() {
        return SceneQueries.all(root());
    }

    /** Every Text with something to read that is shown, skins included. */
    public List<Text> readableTexts() {
        return nodes().stream().filter(n -> n instanceof Text).map(n -> (Text) n).filter(SceneQueries::readable)
                .toList();
    }

    public Violation violation(Node node, String detail) {
        return violation(node == null ? "(screen)" : SceneQueries.describe(node), detail);
    }

    public Violation violation(String what, String detail) {
        return new Violation(screen.id(), check.id(), what, detail + " [" + mode + "]");
    }
}
