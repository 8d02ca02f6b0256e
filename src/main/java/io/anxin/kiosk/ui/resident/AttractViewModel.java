package io.anxin.kiosk.ui.resident;

import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;

/** The idle kiosk: a touch anywhere starts a visit (a card insert will too, once cards are read). */
public final class AttractViewModel extends ScreenModel {

    private final Navigator navigator;

    public AttractViewModel(Navigator navigator) {
        this.navigator = navigator;
    }

    public void start() {
        navigator.home();
    }
}
