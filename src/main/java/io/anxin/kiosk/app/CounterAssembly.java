package io.anxin.kiosk.app;

import java.time.Clock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.ScaledViewport;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.counter.ConsoleScreen;
import io.anxin.kiosk.ui.counter.ConsoleViewModel;
import io.anxin.kiosk.ui.counter.CounterSession;
import io.anxin.kiosk.ui.counter.CounterShell;
import io.anxin.kiosk.ui.counter.SignInScreen;
import io.anxin.kiosk.ui.counter.SignInViewModel;
import io.anxin.kiosk.ui.counter.WindowChoiceScreen;
import io.anxin.kiosk.ui.counter.WindowChoiceViewModel;

/**
 * The counter console ({@code --role clerk}): sign-in checked by the hall node, window choice, the
 * calling console. The caller wires {@code HallFeed} to {@link #onBoard}, {@link #onEvent} and
 * {@link #onConnection} through {@code Platform.runLater}. FX thread only; a one-second timeline
 * drives the clock on screen and the repeating help alert.
 */
public final class CounterAssembly implements HallRoleRuntime.RoleScreens {

    private final I18n i18n;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CounterAssembly.class);

    private final CounterSession session = new CounterSession();
    private final HallClient hall;
    private final TaskRunner tasks;
    private final WindowChoiceViewModel windows;
    private final ConsoleViewModel console;
    private final CounterShell shell;
    private final Scene scene;
    private final Theme theme;
    private final Timeline ticker;

    /**
     * @param helpAlert the chime; called when a help call appears and every 15 s while one stays open
     * @param quit closes the console program (not used by the screens yet; kept for the window's close)
     */
    public CounterAssembly(UiSettings settings, Clock clock, TaskRunner tasks, HallClient hall,
                           QueueCategories categories, Runnable helpAlert, Runnable quit) {
        i18n = new I18n(settings.locale());
        SignInViewModel signIn = new SignInViewModel(hall, tasks, session);
        windows = new WindowChoiceViewModel(categories, session, hall, tasks);
        // a clerk who signs out closes the window on the node, so another console may open it
        session.windowProperty().addListener((obs, was, now) -> {
            int closed = was.intValue();
            if (closed > 0 && now.intValue() != closed) {
                tasks.run(() -> {
                    hall.releaseWindow(closed);
                    return closed;
                }, ok -> { }, failure -> LOG.warn("window {} not released on the node (it lapses by itself): {}", closed,
                        failure.toString()));
            }
        });
        this.hall = hall;
        this.tasks = tasks;
        console = new ConsoleViewModel(hall, tasks, session, categories, clock, helpAlert, i18n);
        shell = new CounterShell(i18n, session, new SignInScreen(i18n, signIn), new WindowChoiceScreen(i18n, windows),
                new ConsoleScreen(i18n, console, clock.getZone()));
        theme = new Theme(settings.scale());
        scene = new Scene(new ScaledViewport(shell), ScaledViewport.WIDTH, ScaledViewport.HEIGHT);
        theme.install(scene);
        setTextMode(false, false);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public void onBoard(HallBoard board) {
        console.onBoard(board);
    }

    @Override
    public void onEvent(HallEvent event) {
        console.onEvent(event);
    }

    @Override
    public void onConnection(boolean reachable, String detail) {
        int window = session.windowProperty().get();
        if (reachable && window > 0) {
            // the node keeps window claims in memory: open ours again after it restarted
            String staffNo = session.clerkProperty().get() == null ? "" : session.clerkProperty().get().staffNo();
            tasks.run(() -> {
                hall.claimWindow(window, staffNo);
                return window;
            }, ok -> { }, failure -> LOG.warn("window {} could not be opened again after reconnecting: {}", window,
                    failure.toString()));
        }
        console.onConnection(reachable, detail);
    }

    /** Once a second (the timeline; tests call it with their own clock). */
    public void tick() {
        console.tick();
    }

    /** Large text and high contrast, as on the resident screens. */
    public void setTextMode(boolean largeText, boolean highContrast) {
        theme.apply(scene.getRoot(), largeText, highContrast);
    }

    /** Stops the timeline (the window is closing). */
    @Override
    public void stop() {
        ticker.stop();
    }

    public I18n i18n() {
        return i18n;
    }

    /** The window choice's view model (tests read its error). */
    public WindowChoiceViewModel windowChoice() {
        return windows;
    }

    public CounterSession session() {
        return session;
    }

    public CounterShell shell() {
        return shell;
    }
}
