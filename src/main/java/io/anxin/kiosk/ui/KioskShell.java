package io.anxin.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * The frame around every screen: header with the title, the current screen's error banner, the
 * screen itself, the bottom bar on resident screens, and the idle warning on top. It owns the
 * frame's controls; screens own only their content.
 */
public final class KioskShell extends StackPane implements ShellActions {

    public static final String CALL_STAFF_SCREEN = "call-staff";
    public static final String TECHNICIAN_SCREEN = "technician-pin";
    private static final int LOGO_TAPS = 5;
    private static final Duration LOGO_TAP_WINDOW = Duration.ofSeconds(3);

    private final I18n i18n;
    private final Navigator navigator;
    private final ResidentSession session;
    private final Voice voice;
    private final IdleGuard idleGuard;
    private final Clock clock;
    private final StackPane content = new StackPane();
    private final Label errorBanner = new Label();
    private final BottomBar bottomBar;
    private int logoTaps;
    private Instant firstLogoTap = Instant.MIN;

    private final ObjectProperty<Boolean> connection = new SimpleObjectProperty<>(this, "connection");

    public KioskShell(I18n i18n, Navigator navigator, ResidentSession session, Voice voice, IdleGuard idleGuard,
                      CardSessionController cards, ScannerInput scanner, Clock clock, String demoPanelScreen) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.session = session;
        this.voice = voice;
        this.idleGuard = idleGuard;
        this.clock = clock;
        getStyleClass().add("shell");
        setPrefSize(1920, 1080);

        bottomBar = new BottomBar(i18n, this, session);
        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("shell-frame");
        frame.setTop(header(i18n, demoPanelScreen));
        errorBanner.getStyleClass().add("error-banner");
        errorBanner.setId("error-banner");
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        errorBanner.setVisible(false);
        content.getStyleClass().add("shell-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setMinHeight(0);
        content.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        errorBanner.setMinHeight(Region.USE_PREF_SIZE);
        VBox center = new VBox(errorBanner, content);
        center.setMinHeight(0);
        frame.setCenter(center);
        frame.setBottom(bottomBar);
        getChildren().addAll(frame, CountdownOverlay.cardPause(i18n, cards),
                CountdownOverlay.idleWarning(i18n, idleGuard));

        navigator.currentProperty().addListener((obs, old, screen) -> show(screen, i18n));
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touched());
        addEventFilter(TouchEvent.TOUCH_PRESSED, e -> touched());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> idleGuard.activity());
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty()) {
                scanner.typed(e.getCharacter().charAt(0));
            }
        });
    }

    /**
     * Whether the central server answers: true 在线, false 离线, null when this kiosk has no central
     * server to talk to (nothing shown). A calm word in the header, never an alarm for residents.
     */
    public ObjectProperty<Boolean> connectionProperty() {
        return connection;
    }

    private Node header(I18n i18n, String demoPanelScreen) {
        boolean demo = demoPanelScreen != null;
        Label logo = Controls.label(i18n, "app.logo", "shell-logo");
        logo.setId("shell-logo");
        logo.accessibleTextProperty().bind(logo.textProperty());
        logo.setOnMouseClicked(e -> logoTapped());
        Label title = new Label();
        title.getStyleClass().add("shell-title");
        title.setId("shell-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Screen s = navigator.current();
            return s == null ? "" : i18n.text(s.titleKey());
        }, navigator.currentProperty(), i18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label link = new Label();
        link.getStyleClass().add("shell-link");
        link.setId("shell-link");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.textProperty().bind(Bindings.createStringBinding(() -> connection.get() == null ? ""
                        : i18n.text(connection.get() ? "sync.indicator.online" : "sync.indicator.offline"),
                connection, i18n.localeProperty()));
        link.visibleProperty().bind(connection.isNotNull());
        link.managedProperty().bind(link.visibleProperty());
        HBox header = new HBox(24, logo, title, spacer, link);
        header.getStyleClass().add("shell-header");
        if (!demo) {
            header.getChildren().add(Controls.label(i18n, "app.title", "shell-status"));
        } else {
            Button panel = Controls.role(Controls.button(i18n, "demo.open", "demo-button"), "demo-open");
            panel.setMinWidth(Region.USE_PREF_SIZE);
            panel.setOnAction(e -> {
                if (!navigator.current().id().equals(demoPanelScreen)) {
                    navigator.goTo(demoPanelScreen);
                }
            });
            header.getChildren().add(panel);
        }
        return header;
    }

    private void show(Screen screen, I18n i18n) {
        content.getChildren().setAll(screen.view());
        boolean resident = screen.audience() == Audience.RESIDENT;
        bottomBar.setVisible(resident);
        bottomBar.setManaged(resident);
        bottomBar.showNavigation(screen.hasNavigation());
        errorBanner.textProperty().unbind();
        errorBanner.visibleProperty().unbind();
        errorBanner.textProperty().bind(Bindings.createStringBinding(() -> {
            Message m = screen.model().errorProperty().get();
            return m == null ? "" : i18n.text(m);
        }, screen.model().errorProperty(), i18n.localeProperty()));
        errorBanner.visibleProperty().bind(screen.model().errorProperty().isNotNull());
    }

    private void touched() {
        idleGuard.activity();
        voice.cancel();
    }

    private void logoTapped() {
        Instant now = clock.instant();
        if (Duration.between(firstLogoTap, now).compareTo(LOGO_TAP_WINDOW) > 0) {
            firstLogoTap = now;
            logoTaps = 0;
        }
        if (++logoTaps >= LOGO_TAPS) {
            logoTaps = 0;
            firstLogoTap = Instant.MIN;
            technician();
        }
    }

    @Override
    public void back() {
        if (navigator.atRoot()) {
            return;
        }
        navigator.back();
    }

    @Override
    public void home() {
        navigator.home();
    }

    @Override
    public void callStaff() {
        if (!navigator.current().id().equals(CALL_STAFF_SCREEN)) {
            navigator.goTo(CALL_STAFF_SCREEN);
        } else {
            navigator.speakCurrentPrompt();
        }
    }

    @Override
    public void repeat() {
        voice.repeat();
    }

    @Override
    public void cycleVolume() {
        session.cycleVolume();
        voice.speak(Prompt.of("prompt.volume", i18n.text("volume." + session.volumeProperty().get())));
    }

    @Override
    public void technician() {
        navigator.goTo(TECHNICIAN_SCREEN);
    }

    /** For the accessibility walker and tests: the button that carries {@code role}, if shown. */
    public Button control(String role) {
        return (Button) lookup("#" + role);
    }
}
