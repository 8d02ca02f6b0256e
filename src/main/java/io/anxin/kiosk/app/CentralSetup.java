package io.anxin.kiosk.app;

import io.anxin.kiosk.sync.CentralSettings;

/** The central client's settings from kiosk.properties; used by the composition root and {@code kiosk sync}. */
public final class CentralSetup {

    private CentralSetup() {
    }

    /** @throws java.util.NoSuchElementException when {@code central.url} is empty (check {@code centralUrl()} first) */
    public static CentralSettings settings(KioskConfig config) {
        return CentralSettings.of(config.centralUrl().orElseThrow(), config.terminalId(), AppHome.version(),
                config.centralTokenFile(), config.centralCaFile());
    }
}
