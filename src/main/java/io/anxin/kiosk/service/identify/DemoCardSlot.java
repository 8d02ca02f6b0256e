package io.anxin.kiosk.service.identify;

import java.time.LocalDate;
import java.util.List;

import io.anxin.kiosk.device.card.sim.DemoCardCatalog;
import io.anxin.kiosk.device.card.sim.DemoCardholder;
import io.anxin.kiosk.device.card.sim.SimulatedCardTerminals;

/**
 * Demo mode's stand-in for a hand at the card slot: inserts a demo resident's card (from
 * kiosk-config/demo-cards.csv) into the simulated reader, a bank card, or takes the card out. The
 * kiosk then reads it through the real javax.smartcardio path. Absent in kiosk mode.
 *
 * <p>Threads: any; the simulator serialises insert and remove.
 */
public final class DemoCardSlot {

    /** What the demo panel shows of a card: fictitious people, still with the number masked. */
    public record DemoCard(int index, String name, String maskedIdNumber, boolean expired, boolean dataProtected) {
    }

    private final java.util.function.Supplier<SimulatedCardTerminals> simulator;
    private final DemoCardCatalog catalog;

    public DemoCardSlot(SimulatedCardTerminals simulator, DemoCardCatalog catalog) {
        this(() -> simulator, catalog);
    }

    /** @param simulator the simulated reader, possibly still being built (the supplier may wait for it) */
    public DemoCardSlot(java.util.function.Supplier<SimulatedCardTerminals> simulator, DemoCardCatalog catalog) {
        this.simulator = simulator;
        this.catalog = catalog;
    }

    public List<DemoCard> cards(LocalDate today) {
        List<DemoCardholder> all = catalog.cards();
        return java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> {
            DemoCardholder h = all.get(i);
            return new DemoCard(i, h.name(), h.idNumber().masked(), today.isAfter(h.expiryDate()), h.holderDataProtected());
        }).toList();
    }

    public void insert(int index) {
        simulator.get().remove();
        simulator.get().insert(catalog.cards().get(index));
    }

    /** A card without the social security application (a bank card, say). */
    public void insertBankCard() {
        simulator.get().remove();
        simulator.get().insertCardWithoutApplication();
    }

    public void remove() {
        simulator.get().remove();
    }

    public boolean cardPresent() {
        return simulator.get().isCardPresent();
    }
}
