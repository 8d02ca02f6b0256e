package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import picocli.CommandLine.Model.CommandSpec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.ControlClient;
import io.anxin.kiosk.app.ControlServer;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.StoreException;

/**
 * How a technician command reaches the database (DESIGN.md, "Who owns the database"): inside the
 * running kiosk (its control socket runs the command) it uses the kiosk's database; when no kiosk
 * runs it takes the data folder and opens the database itself; when a kiosk owns the folder it
 * forwards its arguments over {@code <data.dir>/control.sock} and prints the kiosk's answer, so the
 * output is the same either way.
 */
final class CommandDatabase {

    /** A command's work once it has the database. */
    @FunctionalInterface
    interface Work {
        int run(DataSource dataSource, PrintWriter out, PrintWriter err) throws Exception;
    }

    private CommandDatabase() {
    }

    static int run(KioskMain parent, CommandSpec spec, KioskConfig config, Work work) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Database> served = parent.servedDatabase();
        if (served.isPresent()) {
            return finish(work.run(served.get().dataSource(), out, err), out, err);
        }
        DataFolderLock lock;
        try {
            lock = DataFolderLock.acquire(config.dataDir(), "kiosk " + spec.name());
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.OWNED_ELSEWHERE) {
                throw e;
            }
            return forward(config, spec, out, err);
        }
        try (lock; Database db = Database.open(config.databaseDir())) {
            return finish(work.run(db.dataSource(), out, err), out, err);
        }
    }

    private static int finish(int code, PrintWriter out, PrintWriter err) {
        out.flush();
        err.flush();
        return code;
    }

    private static int forward(KioskConfig config, CommandSpec spec, PrintWriter out, PrintWriter err) {
        Optional<ControlServer.Response> answer = ControlClient.ask(config.dataDir(), spec.name(), forwardedArgs(spec));
        if (answer.isEmpty()) {
            err.println("kiosk " + spec.name() + ": the kiosk is running but its control socket "
                    + ControlServer.socketPath(config.dataDir()) + " does not answer; check the kiosk log, or stop "
                    + "the kiosk and run the command again");
            err.flush();
            return ExitCodes.UNAVAILABLE;
        }
        out.print(answer.get().stdout());
        err.print(answer.get().stderr());
        return finish(answer.get().exitCode(), out, err);
    }

    /** The command's own arguments as typed, without {@code --config} (the kiosk uses its own). */
    static List<String> forwardedArgs(CommandSpec spec) {
        List<String> args = new ArrayList<>();
        List<String> typed = spec.commandLine().getParseResult().expandedArgs();
        for (int i = 0; i < typed.size(); i++) {
            String a = typed.get(i);
            if (a.equals("--config")) {
                i++;
            } else if (!a.startsWith("--config=")) {
                args.add(a);
            }
        }
        return args;
    }
}
