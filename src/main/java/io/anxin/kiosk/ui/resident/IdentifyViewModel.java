package io.anxin.kiosk.ui.resident;

import javafx.beans.property.ReadOnlyBooleanProperty;

import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;

/** 身份验证: insert the card (any time), or choose the e-voucher or the keypad. */
public final class IdentifyViewModel extends ScreenModel {

    private final CardSessionController cards;
    private final Navigator navigator;

    public IdentifyViewModel(CardSessionController cards, Navigator navigator) {
        this.cards = cards;
        this.navigator = navigator;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return cards.readingProperty();
    }

    public ReadOnlyBooleanProperty readerAvailableProperty() {
        return cards.readerAvailableProperty();
    }

    public void scanEvoucher() {
        navigator.goTo(EvoucherScreen.ID);
    }

    public void keyIdNumber() {
        navigator.goTo(KeyedIdScreen.ID);
    }
}
