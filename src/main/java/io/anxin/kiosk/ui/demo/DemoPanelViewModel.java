package io.anxin.kiosk.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.anxin.kiosk.service.identify.DemoCardSlot;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * Demo mode only: puts a demo resident's card into the simulated reader (which the kiosk then reads
 * through the real smart-card path), a bank card, or takes the card out; and can play a scanner.
 */
public final class DemoPanelViewModel extends ScreenModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoPanelViewModel.class);

    /** A sample token, as a phone's e-voucher would show it; resolved like any scan. */
    public static final String SAMPLE_EVOUCHER = "DEMO-EVOUCHER-370102195203154320-TOKEN";

    private final DemoCardSlot slot;
    private final Navigator navigator;
    private final Clock clock;
    private final Consumer<String> scanner;
    private final TaskRunner tasks;
    private final java.util.Optional<DemoNetwork> network;
    private final javafx.beans.property.ReadOnlyBooleanWrapper online = new javafx.beans.property.ReadOnlyBooleanWrapper(
            this, "online", true);

    /** @param network the lab central's connection, when this demo runs one */
    public DemoPanelViewModel(DemoCardSlot slot, Navigator navigator, Clock clock, Consumer<String> scanner,
                              TaskRunner tasks, java.util.Optional<DemoNetwork> network) {
        this.network = network;
        this.slot = slot;
        this.navigator = navigator;
        this.clock = clock;
        this.scanner = scanner;
        this.tasks = tasks;
    }

    public List<DemoCardSlot.DemoCard> cards() {
        return slot.cards(LocalDate.now(clock));
    }

    /** Goes back to where the demonstrator was, then the card goes in, as a hand would do it. */
    public void insert(int index) {
        navigator.back();
        onSlot(() -> slot.insert(index));
    }

    public void insertBankCard() {
        navigator.back();
        onSlot(slot::insertBankCard);
    }

    public void remove() {
        navigator.back();
        onSlot(slot::remove);
    }

    /** The simulator installs an applet (and may still be starting): off the FX thread. */
    private void onSlot(Runnable action) {
        tasks.run(() -> {
            action.run();
            return Boolean.TRUE;
        }, done -> { }, failure -> LOG.warn("demo card slot failed", failure));
    }

    public void scanSample() {
        navigator.goTo(io.anxin.kiosk.ui.resident.EvoucherScreen.ID);
        scanner.accept(SAMPLE_EVOUCHER);
    }

    public void close() {
        navigator.back();
    }

    public boolean hasNetwork() {
        return network.isPresent();
    }

    /** Whether the demo's network to the lab central is up (the button says the opposite action). */
    public javafx.beans.property.ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** 断开网络 / 恢复网络: on a worker, since it stops or starts the lab server. */
    public void toggleNetwork() {
        network.ifPresent(n -> {
            boolean wanted = !online.get();
            tasks.run(() -> {
                n.setOnline(wanted);
                return n.online();
            }, online::set, failure -> LOG.warn("demo network switch failed", failure));
        });
    }
}
