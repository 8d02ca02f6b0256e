package io.anxin.kiosk.app;

import java.time.Clock;

import javafx.scene.Scene;

import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.IdleGuard;
import io.anxin.kiosk.ui.KioskShell;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScaledViewport;
import io.anxin.kiosk.ui.ScreenRegistry;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.resident.AttractScreen;
import io.anxin.kiosk.ui.resident.AttractViewModel;
import io.anxin.kiosk.ui.resident.CallStaffScreen;
import io.anxin.kiosk.ui.resident.CallStaffViewModel;
import io.anxin.kiosk.ui.resident.HomeScreen;
import io.anxin.kiosk.ui.resident.HomeViewModel;
import io.anxin.kiosk.ui.technician.TechnicianMenuScreen;
import io.anxin.kiosk.ui.technician.TechnicianMenuViewModel;
import io.anxin.kiosk.ui.technician.TechnicianPinScreen;
import io.anxin.kiosk.ui.technician.TechnicianPinViewModel;
import io.anxin.kiosk.voice.Voice;

/**
 * Builds the whole resident UI object graph from its collaborators: every screen is registered here
 * and nowhere else. The application and the UI tests both use it, so tests walk the real screens.
 * FX thread only.
 */
public final class UiAssembly {

    /** The services the screens need; each is built by the composition root. */
    public record Services(HelpRequests help, TechnicianAccess technician, TechnicianMenuViewModel.StatusSource status) {
    }

    private final I18n i18n;
    private final ScreenRegistry registry = new ScreenRegistry();
    private final Navigator navigator;
    private final ResidentSession session;
    private final IdleGuard idleGuard;
    private final KioskShell shell;
    private final Theme theme;
    private final Scene scene;

    public UiAssembly(UiSettings settings, Voice voice, Clock clock, TaskRunner tasks, Services services, Runnable quit) {
        i18n = new I18n(settings.locale());
        navigator = new Navigator(registry, voice, AttractScreen.ID, HomeScreen.ID);
        session = new ResidentSession(i18n, voice, registry);
        idleGuard = new IdleGuard(clock, settings.idleSeconds(), settings.idleWarningSeconds(), voice,
                () -> !navigator.atRoot(), this::endSession);

        registry.register(new AttractScreen(i18n, new AttractViewModel(navigator)));
        registry.register(new HomeScreen(i18n, session, new HomeViewModel(i18n, session, navigator)));
        registry.register(new CallStaffScreen(i18n, new CallStaffViewModel(services.help(), navigator, tasks)));
        registry.register(new TechnicianPinScreen(i18n, new TechnicianPinViewModel(services.technician(), navigator,
                tasks, voice, TechnicianMenuScreen.ID)));
        registry.register(new TechnicianMenuScreen(i18n, new TechnicianMenuViewModel(services.status(),
                services.technician(), navigator, tasks, quit)));

        shell = new KioskShell(i18n, navigator, session, voice, idleGuard, clock, settings.demo());
        theme = new Theme(settings.scale());
        scene = new Scene(new ScaledViewport(shell), ScaledViewport.WIDTH, ScaledViewport.HEIGHT);
        theme.install(scene);
        Runnable restyle = () -> theme.apply(scene.getRoot(), session.largeTextProperty().get(),
                session.highContrastProperty().get());
        session.largeTextProperty().addListener((obs, o, n) -> restyle.run());
        session.highContrastProperty().addListener((obs, o, n) -> restyle.run());
        restyle.run();
        navigator.toRoot();
    }

    /** Ends the visit: wipes it and shows the attract screen. */
    public void endSession() {
        session.end();
        navigator.toRoot();
    }

    public Scene scene() {
        return scene;
    }

    public I18n i18n() {
        return i18n;
    }

    public ScreenRegistry registry() {
        return registry;
    }

    public Navigator navigator() {
        return navigator;
    }

    public ResidentSession session() {
        return session;
    }

    public IdleGuard idleGuard() {
        return idleGuard;
    }

    public KioskShell shell() {
        return shell;
    }
}
