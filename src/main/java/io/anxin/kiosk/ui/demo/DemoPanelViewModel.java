package io.anxin.kiosk.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.anxin.kiosk.service.identify.DemoCardSlot;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;

/**
 * Demo mode only: puts a demo resident's card into the simulated reader (which the kiosk then reads
 * through the real smart-card path), a bank card, or takes the card out; and can play a scanner.
 */
public final class DemoPanelViewModel extends ScreenModel {

    /** A sample token, as a phone's e-voucher would show it; resolved like any scan. */
    public static final String SAMPLE_EVOUCHER = "DEMO-EVOUCHER-370102195203154320-TOKEN";

    private final DemoCardSlot slot;
    private final Navigator navigator;
    private final Clock clock;
    private final Consumer<String> scanner;

    public DemoPanelViewModel(DemoCardSlot slot, Navigator navigator, Clock clock, Consumer<String> scanner) {
        this.slot = slot;
        this.navigator = navigator;
        this.clock = clock;
        this.scanner = scanner;
    }

    public List<DemoCardSlot.DemoCard> cards() {
        return slot.cards(LocalDate.now(clock));
    }

    /** Goes back to where the demonstrator was, then the card goes in, as a hand would do it. */
    public void insert(int index) {
        navigator.back();
        slot.insert(index);
    }

    public void insertBankCard() {
        navigator.back();
        slot.insertBankCard();
    }

    public void remove() {
        navigator.back();
        slot.remove();
    }

    public void scanSample() {
        navigator.goTo(io.anxin.kiosk.ui.resident.EvoucherScreen.ID);
        scanner.accept(SAMPLE_EVOUCHER);
    }

    public void close() {
        navigator.back();
    }
}
