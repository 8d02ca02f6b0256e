package io.anxin.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallFeed;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.ui.FxTaskRunner;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.voice.KioskVoice;

/**
 * The composition root of a counter console ({@code --role clerk}) or a hall display
 * ({@code --role hall-display}): no resident data and no kiosk database, only the hall. Its own
 * sub-folder of the data folder ({@code <data.dir>/clerk}, {@code <data.dir>/hall-display}) holds its lock,
 * log and speech cache, so it runs beside the kiosk of the same config folder (demo mode, or the node's
 * own machine).
 */
public final class HallRoleRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(HallRoleRuntime.class);
    private static final Duration FEED_RETRY = Duration.ofSeconds(2);

    /** The screens of a hall role; FX thread for every method. */
    interface RoleScreens {
        Scene scene();

        void onBoard(HallBoard board);

        void onEvent(HallEvent event);

        void onConnection(boolean reachable, String detail);

        /** The window is closing: stop timers. */
        default void stop() {
        }
    }

    /** What the role needs to build its screens. */
    record RoleContext(KioskConfig config, UiSettings settings, Clock clock, FxTaskRunner tasks, HallClient hall,
                       QueueCategories categories, KioskVoice voice, Runnable quit) {
    }

    /** Builds the role's screens on the FX thread. */
    interface RoleFactory {
        RoleScreens create(RoleContext context);
    }

    private final KioskConfig config;
    private final HallSetup.Role role;
    private final RoleFactory factory;

    /** {@code --role clerk}: a counter console. */
    public static HallRoleRuntime clerk(KioskConfig config) {
        return new HallRoleRuntime(config, HallSetup.Role.CLERK, HallRoles::counter);
    }

    /** {@code --role hall-display}: the hall's television. */
    public static HallRoleRuntime hallDisplay(KioskConfig config) {
        return new HallRoleRuntime(config, HallSetup.Role.HALL_DISPLAY, HallRoles::display);
    }

    HallRoleRuntime(KioskConfig config, HallSetup.Role role, RoleFactory factory) {
        this.config = config;
        this.role = role;
        this.factory = factory;
    }

    private String folderName() {
        return role == HallSetup.Role.CLERK ? "clerk" : "hall-display";
    }

    /** Runs until the window closes; returns the exit code. */
    public int run() throws InterruptedException {
        Path folder = config.dataDir().resolve(folderName());
        try (DataFolderLock lock = DataFolderLock.acquire(folder, folderName())) {
            LogSetup.toDataFolder(folder.resolve("logs"), config.timeZone());
            HallSetup hall = HallSetup.forRole(config, role);
            LOG.info("{} {} starting: {}", folderName(), AppHome.version(), hall.describe());
            QueueCategories categories = KioskRuntime.queueCategories(config);
            HallClient client = hall.client().orElseThrow();
            ExecutorService workers = Executors.newFixedThreadPool(2, KioskRuntime.daemonThreads(folderName() + "-worker"));
            KioskVoice voice = VoiceFactory.kioskVoice(config, VoiceFactory.catalog(), folder.resolve("cache"));
            CountDownLatch closed = new CountDownLatch(1);
            Runnable quit = () -> {
                Platform.exit();
                closed.countDown();
            };
            Clock clock = Clock.system(config.timeZone());
            UiSettings settings = new UiSettings(config.locale(), config.uiScale(), config.idleSeconds(),
                    config.idleWarningSeconds(), config.demo(), config.elderlyAge());
            HallFeed[] feed = new HallFeed[1];
            RoleScreens[] screensRef = new RoleScreens[1];
            Platform.setImplicitExit(false);
            KioskRuntime.startToolkit(() -> {
                Theme.loadFonts(AppHome.assets().resolve("fonts"));
                RoleScreens screens = factory.create(new RoleContext(config, settings, clock, new FxTaskRunner(workers),
                        client, categories, voice, quit));
                screensRef[0] = screens;
                show(new Stage(), screens.scene(), quit);
                feed[0] = new HallFeed(client, new FxHallListener(screens::onBoard, screens::onEvent,
                        screens::onConnection), FEED_RETRY);
                feed[0].start();
            });
            closed.await();
            if (screensRef[0] != null) {
                RoleScreens stopping = screensRef[0];
                Platform.runLater(stopping::stop);
            }
            if (feed[0] != null) {
                feed[0].close();
            }
            voice.close();
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.SECONDS);
            LOG.info("{} stopped", folderName());
            return 0;
        }
    }

    /** Full screen in kiosk mode (the hall's TV, the counter's screen), a 16:9 window in demo mode. */
    private void show(Stage stage, Scene scene, Runnable quit) {
        stage.titleProperty().bind(new io.anxin.kiosk.ui.I18n(config.locale())
                .bind(role == HallSetup.Role.CLERK ? "app.title.clerk" : "app.title.hall-display"));
        if (!config.demo() && role == HallSetup.Role.HALL_DISPLAY) {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double width = Math.min(1920, screen.getWidth() * (config.demo() ? 0.6 : 1.0));
            stage.setWidth(width);
            stage.setHeight(width * 9 / 16);
            stage.setMaximized(!config.demo());
        }
        stage.setOnCloseRequest(e -> quit.run());
        stage.setScene(scene);
        stage.show();
    }
}
