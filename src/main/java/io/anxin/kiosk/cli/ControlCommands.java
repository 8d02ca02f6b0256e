package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.ControlServer;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.sync.SyncWorker;

/**
 * What the running kiosk's control socket runs: the same picocli commands a technician runs
 * directly, over the kiosk's own configuration and database, their output captured for the answer.
 */
public final class ControlCommands implements ControlServer.Handler {

    /** The commands that work through the socket. */
    public static final Set<String> COMMANDS = Set.of("outbox", "drill", "sync", "satisfaction");

    private final KioskConfig config;
    private final Database database;
    private final Optional<SyncWorker> sync;

    public ControlCommands(KioskConfig config, Database database) {
        this(config, database, Optional.empty());
    }

    /** @param sync the kiosk's running sync worker: {@code kiosk sync} then makes it do the pass */
    public ControlCommands(KioskConfig config, Database database, Optional<SyncWorker> sync) {
        this.config = config;
        this.database = database;
        this.sync = sync;
    }

    @Override
    public Set<String> commands() {
        return COMMANDS;
    }

    @Override
    public ControlServer.Response handle(String command, List<String> args) {
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("not a control command");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.servingCommandLine(config, database, sync);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(args);
        int code = cl.execute(all.toArray(String[]::new));
        return new ControlServer.Response(code, out.toString(), err.toString());
    }
}
