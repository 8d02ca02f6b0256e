package io.anxin.kiosk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.anxin.kiosk.device.panel.PanelPins;

/**
 * The validated contents of {@code kiosk.properties}. Built only by {@link ConfigLoader}, which
 * checks every key; holding one means the values make sense.
 */
public record KioskConfig(
        Path configDir,
        String terminalId,
        KioskMode mode,
        Path dataDir,
        ZoneId timeZone,
        Locale locale,
        double uiScale,
        int idleSeconds,
        int idleWarningSeconds,
        int elderlyAge,
        String technicianPinHash,
        Pattern cardReaderPattern,
        boolean drillEnabled,
        Optional<URI> centralUrl,
        Optional<Path> centralTokenFile,
        Optional<Path> centralCaFile,
        int syncBatchSize,
        HallRole hallRole,
        Optional<URI> hallNodeUrl,
        Optional<Path> hallTokenFile,
        int hallPriorityAfterMinutes,
        HallListen hallListen,
        PrinterSetting printerPort,
        int certificateMaxAgeDays,
        PanelGpio panelGpio,
        PanelPins panelPins) {

    public boolean demo() {
        return mode == KioskMode.DEMO;
    }

    public Path databaseDir() {
        return dataDir.resolve("db");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Where the file printer writes receipts ({@code printer.port=file}). */
    public Path receiptDir() {
        return dataDir.resolve("receipts");
    }

    public Path cacheDir() {
        return dataDir.resolve("cache");
    }
}
