package io.anxin.kiosk.app;

import java.time.Clock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.ScaledViewport;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.display.HallAnnouncer;
import io.anxin.kiosk.ui.display.HallDisplayScreen;
import io.anxin.kiosk.ui.display.HallDisplayViewModel;
import io.anxin.kiosk.voice.Voice;

/**
 * The hall display ({@code --role hall-display}): its screen, view model and announcer, in a 1920x1080
 * scaled scene with the kiosk's theme. The composition root feeds it from a {@code HallFeed} (each
 * listener call handed to the FX thread) and shows {@link #scene()}; a one-second timeline keeps the
 * clock and the announcer's pacing going.
 *
 * <p>FX thread only.
 */
public final class HallDisplayAssembly implements HallRoleRuntime.RoleScreens {

    private final I18n i18n;
    private final HallDisplayViewModel model;
    private final HallDisplayScreen screen;
    private final HallAnnouncer announcer;
    private final Theme theme;
    private final Scene scene;
    private final Timeline ticker;

    public HallDisplayAssembly(UiSettings settings, Clock clock, QueueCategories categories, Voice voice) {
        i18n = new I18n(settings.locale());
        model = new HallDisplayViewModel(categories, clock);
        screen = new HallDisplayScreen(i18n, model, clock.getZone());
        announcer = new HallAnnouncer(voice, clock, settings.locale(), HallAnnouncer.DEFAULT_MAX_WAITING);
        i18n.localeProperty().addListener((obs, was, now) -> announcer.setLocale(now));
        theme = new Theme(settings.scale());
        scene = new Scene(new ScaledViewport((Region) screen.view()), ScaledViewport.WIDTH, ScaledViewport.HEIGHT);
        theme.install(scene);
        setHighContrast(false);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    @Override
    public Scene scene() {
        return scene;
    }

    /** A board from the feed (start, reconnection): shown, never announced. */
    @Override
    public void onBoard(HallBoard board) {
        model.onBoard(board);
        announcer.onBoard();
    }

    /** A live change from the feed: shown, and announced when it is a call or recall. */
    @Override
    public void onEvent(HallEvent event) {
        model.onEvent(event);
        announcer.onEvent(event);
    }

    /** Whether the node answers; while it does not, the display keeps what it had and says so. */
    @Override
    public void onConnection(boolean reachable, String detail) {
        model.onConnection(reachable, detail);
    }

    /**
     * High contrast (yellow and white on black), for a hall that wants it; off by default. There is no
     * large-text mode: nobody at a television can ask for it, and its smallest text is already 1.2x the
     * kiosk's body text, its call 3.2 to 6.4x.
     */
    public void setHighContrast(boolean on) {
        theme.apply(scene.getRoot(), false, on);
    }

    /** The clock, the end of a call's highlight and the announcer's pacing; the timeline calls it every second. */
    public void tick() {
        model.tick();
        announcer.tick();
    }

    /** Stops the one-second timeline (the window is closing). */
    @Override
    public void stop() {
        ticker.stop();
    }

    public HallDisplayScreen screen() {
        return screen;
    }

    public HallDisplayViewModel model() {
        return model;
    }

    public HallAnnouncer announcer() {
        return announcer;
    }

    public I18n i18n() {
        return i18n;
    }
}
