package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.CentralSetup;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.ReferenceDataStore;
import io.anxin.kiosk.sync.CentralClient;
import io.anxin.kiosk.sync.CentralException;
import io.anxin.kiosk.sync.SyncReport;
import io.anxin.kiosk.sync.SyncWorker;
import io.anxin.kiosk.sync.Waiter;

/**
 * {@code kiosk sync}: one delivery pass now, with a plain-text progress bar and a summary. Inside a
 * running kiosk the kiosk's own sync worker does the pass (one sender at a time). Exit 0 when nothing
 * deliverable is left, 1 when entries are left because of errors, 2 for bad configuration (no
 * {@code central.url}, unusable token or CA file), 3 when the server cannot be reached.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Deliver the outbox to the central server now (one pass) and print what happened.",
                "Exit: 0 nothing left to deliver, 1 entries left because of errors, 2 bad configuration, 3 server unreachable."})
public final class SyncCommand implements Callable<Integer> {

    private static final int BAR = 30;

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KioskConfig config = parent.config();
        PrintWriter err = spec.commandLine().getErr();
        if (config.centralUrl().isEmpty()) {
            err.println("kiosk sync: central.url is empty in " + config.configDir().resolve("kiosk.properties")
                    + ": this terminal works offline and has no server to deliver to");
            return ExitCodes.USAGE;
        }
        Optional<SyncWorker> served = parent.servedSync();
        if (served.isPresent()) {
            PrintWriter out = spec.commandLine().getOut();
            int code = run(served.get(), out, err);
            out.flush();
            err.flush();
            return code;
        }
        return CommandDatabase.run(parent, spec, config, (dataSource, out, e) -> run(config, dataSource, out, e));
    }

    private int run(KioskConfig config, DataSource dataSource, PrintWriter out, PrintWriter err) {
        CentralClient client;
        try {
            client = new CentralClient(CentralSetup.settings(config), Clock.system(config.timeZone()));
        } catch (CentralException e) {
            err.println("kiosk sync: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SyncWorker worker = new SyncWorker(new Outbox(dataSource, Clock.system(config.timeZone()), config.terminalId()),
                client, new ReferenceDataStore(dataSource), Database.epoch(dataSource), config.syncBatchSize(),
                Clock.system(config.timeZone()), Waiter.monitor(), new Random(), Map::of);
        return run(worker, out, err);
    }

    /** The pass and its report, over whichever worker does the sending. */
    static int run(SyncWorker worker, PrintWriter out, PrintWriter err) {
        int[] shown = {-1};
        SyncReport report = worker.syncNow((done, total) -> {
            int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
            if (percent / 5 != shown[0] / 5 || done == total) {
                shown[0] = percent;
                out.println(bar(done, total, percent));
                out.flush();
            }
        });
        out.println("sync: delivered " + report.delivered() + " (accepted " + report.accepted() + ", duplicate "
                + report.duplicate() + "), rejected " + report.rejected() + ", left pending " + report.leftPending());
        if (report.rejected() > 0) {
            out.println("sync: rejected entries are kept; see them with: kiosk outbox --state rejected");
        }
        if (report.leftPending() == 0) {
            return ExitCodes.OK;
        }
        Optional<CentralException> why = report.stoppedBy();
        err.println("sync: " + report.leftPending() + " entries left pending: "
                + why.map(Throwable::getMessage).orElse("more arrived during the pass"));
        if (why.isEmpty()) {
            return ExitCodes.OK;
        }
        return switch (why.get().kind()) {
            case CONFIG -> ExitCodes.USAGE;
            case OFFLINE, TIMEOUT, TLS -> ExitCodes.UNAVAILABLE;
            default -> ExitCodes.FAILED;
        };
    }

    static String bar(long done, long total, int percent) {
        int filled = percent * BAR / 100;
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + String.format("%3d%%", percent)
                + " " + done + "/" + total;
    }
}
