package io.anxin.kiosk.ui.a11y;

import java.util.Locale;

import javafx.scene.Scene;

import io.anxin.kiosk.ui.Screen;

/** A staff program the walker can check without the resident harness: it shows a screen and switches modes. FX thread. */
public interface StaffHost {

    Scene scene();

    void show(Screen screen);

    void setTextMode(boolean largeText, boolean highContrast);

    /** null: the program's default language. */
    void setLocale(Locale locale);
}
