package io.anxin.kiosk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.anxin.kiosk.device.card.CardReaderListener;
import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.device.card.PcscTerminals;
import io.anxin.kiosk.device.card.sim.DemoCardCatalog;
import io.anxin.kiosk.device.card.sim.DemoCardCatalogException;
import io.anxin.kiosk.device.card.sim.SimulatedCardTerminals;
import io.anxin.kiosk.service.identify.DemoCardSlot;

/**
 * Chooses the card reader from the configuration, here and nowhere else: the PC/SC readers in kiosk
 * mode; in demo mode the jCardSim-backed simulated reader with the demo residents of
 * {@code demo-cards.csv}, read through the same javax.smartcardio code.
 */
final class CardSetup {

    private final KioskConfig config;
    private final CompletableFuture<SimulatedCardTerminals> simulator;
    private final DemoCardCatalog catalog;

    private CardSetup(KioskConfig config, CompletableFuture<SimulatedCardTerminals> simulator, DemoCardCatalog catalog) {
        this.config = config;
        this.simulator = simulator;
        this.catalog = catalog;
    }

    /**
     * In demo mode the catalogue is checked now (a bad row stops start-up), while the simulator, whose
     * jCardSim set-up takes about half a second, is built on {@code background} alongside the JavaFX
     * start-up; the reader thread and the demo panel wait for it if they need it sooner.
     */
    static CardSetup forConfig(KioskConfig config, Executor background) {
        if (!config.demo()) {
            return new CardSetup(config, null, null);
        }
        Path csv = config.configDir().resolve(DemoCardCatalog.FILE_NAME);
        try {
            DemoCardCatalog catalog = DemoCardCatalog.load(csv);
            return new CardSetup(config, CompletableFuture.supplyAsync(SimulatedCardTerminals::new, background), catalog);
        } catch (DemoCardCatalogException e) {
            throw new ConfigException(List.of(e.getMessage()));
        }
    }

    CardReaders readers(CardReaderListener listener) {
        return simulator != null
                ? new CardReaders(() -> simulator.join().terminals(), config.cardReaderPattern(), listener)
                : new CardReaders(PcscTerminals.fresh(), config.cardReaderPattern(), listener);
    }

    Optional<DemoCardSlot> demoSlot() {
        return simulator == null ? Optional.empty() : Optional.of(new DemoCardSlot(simulator::join, catalog));
    }
}
