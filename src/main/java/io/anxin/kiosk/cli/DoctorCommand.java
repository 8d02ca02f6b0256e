package io.anxin.kiosk.cli;

import io.anxin.kiosk.app.PrinterSetting;
import io.anxin.kiosk.app.PanelGpio;
import io.anxin.kiosk.app.PanelSetup;
import io.anxin.kiosk.app.PrinterSetup;
import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.print.PrinterStatus;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.AppHome;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.catalog.CatalogException;
import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.StoreException;
import io.anxin.kiosk.voice.EspeakNgEngine;

/**
 * {@code kiosk doctor}: checks what a kiosk needs, one line each (OK, WARN or FAIL with what to do),
 * so a technician can see what broke without reading logs. Exit 0 when nothing failed, else 1.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check configuration, data folder, database, fonts, voice, sound, display, card reader, printer and hall panel GPIO; one line each.")
public final class DoctorCommand implements Callable<Integer> {

    enum Level { OK, WARN, FAIL }

    record Finding(Level level, String what, String detail) {
    }

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KioskConfig config = parent.config();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(Level.OK, "config", config.configDir().resolve("kiosk.properties")
                + ": valid; terminal " + config.terminalId() + ", mode " + config.mode().name().toLowerCase()));
        findings.add(catalogs(config));
        findings.add(dataFolder(config));
        findings.add(database(config));
        findings.add(font());
        findings.add(speech());
        findings.add(sound());
        findings.add(display(config));
        findings.add(cardReader(config));
        findings.add(printer(config));
        findings.add(panel(config));
        io.anxin.kiosk.app.HallCheck.Result hall = io.anxin.kiosk.app.HallCheck.check(config);
        findings.add(new Finding(hall.ok() ? Level.OK : Level.WARN, "hall", hall.detail()));
        findings.add(new Finding(Level.OK, "central", config.centralUrl().map(u -> "configured: " + u)
                .orElse("none configured: the kiosk works offline")));

        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.printf("%-4s  %-9s %s%n", f.level(), f.what(), f.detail());
        }
        long failed = findings.stream().filter(f -> f.level() == Level.FAIL).count();
        long warned = findings.stream().filter(f -> f.level() == Level.WARN).count();
        out.printf("%d checks: %d ok, %d warnings, %d failed%n", findings.size(),
                findings.size() - failed - warned, warned, failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Finding catalogs(KioskConfig config) {
        try {
            Catalogs c = new CatalogLoader().load(config.configDir());
            return new Finding(Level.OK, "catalogs", c.services().all().size() + " services, " + c.diseases().all().size()
                    + " diseases, " + c.calendar().size() + " calendar days, " + c.policy().articles().size()
                    + " policy articles");
        } catch (CatalogException e) {
            return new Finding(Level.FAIL, "catalogs", String.join("; ", e.problems()));
        }
    }

    private static Finding dataFolder(KioskConfig config) {
        Path dir = config.dataDir();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "doctor", ".tmp");
            Files.delete(probe);
            long free = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
            Level level = free < 200 ? Level.WARN : Level.OK;
            return new Finding(level, "data", dir + ": writable, " + free + " MB free"
                    + (level == Level.WARN ? " (less than 200 MB: free some space)" : ""));
        } catch (Exception e) {
            return new Finding(Level.FAIL, "data", dir + ": not writable (" + e.getMessage()
                    + "); fix the permissions or set data.dir");
        }
    }

    private static Finding database(KioskConfig config) {
        try (DataFolderLock lock = DataFolderLock.acquire(config.dataDir(), "kiosk doctor");
             Database db = Database.open(config.databaseDir())) {
            return new Finding(Level.OK, "database", config.databaseDir() + ": opens and is migrated; epoch " + db.epoch());
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.OWNED_ELSEWHERE) {
                return new Finding(Level.OK, "database", "in use by a running kiosk (" + e.getMessage() + ")");
            }
            return new Finding(Level.FAIL, "database", e.getMessage());
        }
    }

    private static Finding font() {
        boolean present = DoctorCommand.class.getResource("/io/anxin/kiosk/fonts/AnxinSansSC-Regular.otf") != null;
        return present ? new Finding(Level.OK, "font", "bundled Anxin Sans SC (Chinese) is in the program")
                : new Finding(Level.FAIL, "font", "bundled Chinese font missing from the program: rebuild it");
    }

    private static Finding speech() {
        var availability = new EspeakNgEngine().availability();
        Path clips = AppHome.assets().resolve("audio");
        if (availability.available()) {
            return new Finding(Level.OK, "speech", availability.detail());
        }
        return new Finding(Files.isDirectory(clips) ? Level.WARN : Level.FAIL, "speech",
                availability.detail() + "; install espeak-ng (apt-get install espeak-ng)");
    }

    private static Finding sound() {
        AudioFormat format = new AudioFormat(22050, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            return new Finding(Level.OK, "sound", "audio output opens: " + line.getLineInfo());
        } catch (Exception e) {
            return new Finding(Level.FAIL, "sound", "no audio output (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the kiosk will run silently: check the speaker and ALSA");
        }
    }

    private static Finding cardReader(KioskConfig config) {
        if (config.demo()) {
            return new Finding(Level.OK, "card", "demo mode: simulated reader with kiosk-config/demo-cards.csv");
        }
        try {
            javax.smartcardio.TerminalFactory factory = javax.smartcardio.TerminalFactory.getDefault();
            if ("None".equals(factory.getType())) {
                return new Finding(Level.FAIL, "card", "no PC/SC service: install and start pcscd (apt-get install pcscd)");
            }
            List<String> names = factory.terminals().list().stream().map(javax.smartcardio.CardTerminal::getName)
                    .filter(n -> config.cardReaderPattern().matcher(n).find()).toList();
            return names.isEmpty()
                    ? new Finding(Level.FAIL, "card", "PC/SC is running but no reader matches card.reader-pattern '"
                            + config.cardReaderPattern() + "': plug the reader in or fix the pattern")
                    : new Finding(Level.OK, "card", "reader(s): " + String.join(", ", names));
        } catch (javax.smartcardio.CardException | RuntimeException e) {
            String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
            if (cause.contains("SCARD_E_NO_READERS_AVAILABLE")) {
                return new Finding(Level.FAIL, "card", "PC/SC is running but no card reader is plugged in");
            }
            return new Finding(Level.FAIL, "card", "PC/SC error: " + e.getMessage() + " " + cause + " (is pcscd running?)");
        }
    }

    /** The receipt printer: the file printer's folder writable, or what a real printer answers to DLE EOT. */
    static Finding printer(KioskConfig config) {
        String where = PrinterSetup.describe(config);
        PrinterStatus status = PrinterSetup.printer(config).status();
        boolean file = config.printerPort() instanceof PrinterSetting.File;
        return switch (status) {
            case READY -> new Finding(Level.OK, "printer", where + (file ? ": folder writable" : ": ready"));
            case PAPER_LOW -> new Finding(Level.WARN, "printer", where + ": paper low; change the roll soon");
            case UNKNOWN -> new Finding(Level.OK, "printer", where + ": opens, but does not report its status "
                    + "(no DLE EOT answer); receipts are sent anyway");
            case PAPER_OUT -> new Finding(Level.FAIL, "printer", where + ": out of paper; load a new roll");
            case COVER_OPEN -> new Finding(Level.FAIL, "printer", where + ": cover open; close it");
            case OFFLINE -> new Finding(Level.FAIL, "printer", where + (file
                    ? ": the receipt folder cannot be written; fix its permissions or data.dir"
                    : ": not reachable; check the cable or network, the power and printer.port"));
        };
    }

    /** The hall panel: none configured, or the pins and what pi4j reads on them. Opens and closes the pins. */
    static Finding panel(KioskConfig config) {
        if (config.panelGpio() == PanelGpio.NONE) {
            return panel(config, null);
        }
        try (HallPanel panel = PanelSetup.panel(config, java.time.Clock.systemUTC())) {
            return panel(config, panel);
        }
    }

    static Finding panel(KioskConfig config, HallPanel panel) {
        if (config.panelGpio() == PanelGpio.NONE) {
            return new Finding(Level.OK, "panel", PanelSetup.describe(config)
                    + ": no physical help button, lamp or presence sensor; the on-screen help button works");
        }
        if (!panel.available()) {
            return new Finding(Level.FAIL, "panel", panel.status()
                    + "; if the kiosk is running it holds the pins: stop it and run doctor again");
        }
        return new Finding(Level.OK, "panel", panel.status());
    }

    private static Finding display(KioskConfig config) {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            return new Finding(config.demo() ? Level.WARN : Level.FAIL, "display",
                    "no DISPLAY or WAYLAND_DISPLAY: the kiosk screens cannot open from this shell");
        }
        return new Finding(Level.OK, "display", display != null ? "DISPLAY=" + display : "WAYLAND_DISPLAY=" + wayland);
    }
}
