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

    public HomeViewModel(I18n i18n, ResidentSession session, Navigator navigator) {
        this.i18n = i18n;
        this.session = session;
        this.navigator = navigator;
    }

    public void toggleLanguage() {
        i18n.localeProperty().set(i18n.isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        navigator.speakCurrentPrompt();
    }

    public void toggleContrast() {
        session.highContrastProperty().set(!session.highContrastProperty().get());
    }
}
