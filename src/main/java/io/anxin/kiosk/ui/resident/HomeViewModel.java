package io.anxin.kiosk.ui.resident;

import java.util.Locale;

import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;

/**
 * The home screen: the services this kiosk offers (added as they are built) and the display
 * choices a resident makes once: language and high contrast.
 */
public final class HomeViewModel extends ScreenModel {

    private final I18n i18n;
    private final ResidentSession session;
    private final Navigator navigator;
    private final Runnable endSession;
    private final java.util.Optional<String> queueScreen;

    /** @param queueScreen the 取号排队 screen when the kiosk is in a hall; empty for a standalone kiosk */
    public HomeViewModel(I18n i18n, ResidentSession session, Navigator navigator, Runnable endSession,
                         java.util.Optional<String> queueScreen) {
        this.i18n = i18n;
        this.queueScreen = queueScreen;
        this.session = session;
        this.navigator = navigator;
        this.endSession = endSession;
    }

    public void toggleLanguage() {
        i18n.localeProperty().set(i18n.isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        navigator.speakCurrentPrompt();
    }

    public javafx.beans.property.ObjectProperty<io.anxin.kiosk.domain.ResidentIdentity> identityProperty() {
        return session.identityProperty();
    }

    /** 办理业务: the service menu. */
    public void services() {
        navigator.goTo(ServicesScreen.ID);
    }

    /** Whether 取号排队 is offered: only in a hall. */
    public boolean queueAvailable() {
        return queueScreen.isPresent();
    }

    /** 取号排队. */
    public void queue() {
        queueScreen.ifPresent(navigator::goTo);
    }

    public void identify() {
        navigator.goTo(IdentifyScreen.ID);
    }

    /** 结束办理: the resident is done; everything about the visit is wiped. */
    public void finish() {
        endSession.run();
    }

    public void toggleContrast() {
        session.highContrastProperty().set(!session.highContrastProperty().get());
    }
}
