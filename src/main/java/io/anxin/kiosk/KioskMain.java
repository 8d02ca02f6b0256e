package io.anxin.kiosk;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import io.anxin.kiosk.app.ConfigException;
import io.anxin.kiosk.app.ConfigLoader;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.app.HallRoleRuntime;
import io.anxin.kiosk.app.KioskRuntime;
import io.anxin.kiosk.cli.ControlCommands;
import io.anxin.kiosk.cli.DoctorCommand;
import io.anxin.kiosk.cli.DrillCommand;
import io.anxin.kiosk.cli.ExitCodes;
import io.anxin.kiosk.cli.LabCentralCommand;
import io.anxin.kiosk.cli.OutboxCommand;
import io.anxin.kiosk.cli.PinHashCommand;
import io.anxin.kiosk.cli.SatisfactionCommand;
import io.anxin.kiosk.cli.SpeakCommand;
import io.anxin.kiosk.cli.SyncCommand;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.StoreException;
import io.anxin.kiosk.sync.SyncWorker;

/**
 * {@code kiosk}: runs the kiosk UI (no subcommand) or a technician command. Exit codes: 0 done; 1 ran
 * but did not succeed; 2 bad usage or configuration; 3 a resource is unavailable.
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true, versionProvider = KioskMain.Version.class,
        description = {"安心医保自助终端 Anxin medical-insurance self-service kiosk.",
                "With no command, runs the kiosk screens; the commands below are for technicians and print plain text."},
        subcommands = {DoctorCommand.class, OutboxCommand.class, SyncCommand.class, DrillCommand.class, SatisfactionCommand.class,
                SpeakCommand.class, PinHashCommand.class, LabCentralCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the operation ran but did not succeed", "2:bad usage or configuration",
                "3:a resource is unavailable (database owned elsewhere, no network where needed)"})
public final class KioskMain implements Callable<Integer> {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "config folder holding kiosk.properties (default: ./kiosk-config)")
    Path configDir = Path.of("kiosk-config");

    @Option(names = "--role", paramLabel = "ROLE",
            description = "screens this process shows: resident (the kiosk, default), clerk (a counter console) or "
                    + "hall-display (the hall's calling screen); clerk and hall-display need hall.role=node or member")
    String role = "resident";

    @Option(names = "--report-first-frame", hidden = true,
            description = "print FIRST_FRAME <epoch ms> when the first frame is drawn (start-up benchmark)")
    boolean reportFirstFrame;

    @Option(names = "--exit-after-start", hidden = true,
            description = "start, draw the first frame, wait for the database, then exit (./kiosk records its "
                    + "class-data-sharing archive this way)")
    boolean exitAfterStart;

    /** Set when the running kiosk's control socket runs a command: its configuration and database. */
    private final KioskConfig servedConfig;
    private final Database servedDatabase;
    private final SyncWorker servedSync;

    public KioskMain() {
        this(null, null, null);
    }

    private KioskMain(KioskConfig servedConfig, Database servedDatabase, SyncWorker servedSync) {
        this.servedConfig = servedConfig;
        this.servedDatabase = servedDatabase;
        this.servedSync = servedSync;
    }

    /**
     * Loads and validates the configuration named by {@code --config}; subcommands call this too.
     * Inside the running kiosk's control socket: the kiosk's own configuration.
     */
    public KioskConfig config() {
        if (servedConfig != null) {
            return servedConfig;
        }
        return new ConfigLoader(System.getenv(), System.getProperty("user.home")).load(configDir);
    }

    @Override
    public Integer call() throws Exception {
        if (!List.of("resident", "clerk", "hall-display").contains(role)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--role " + role + ": expected resident, clerk or hall-display");
        }
        KioskConfig config = config();
        if ("clerk".equals(role)) {
            return HallRoleRuntime.clerk(config).run();
        }
        if ("hall-display".equals(role)) {
            return HallRoleRuntime.hallDisplay(config).run();
        }
        boolean report = reportFirstFrame || "1".equals(System.getenv("ANXIN_REPORT_FIRST_FRAME"));
        return new KioskRuntime(config, report, exitAfterStart, (db, sync) -> new ControlCommands(config, db, sync)).run();
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(runDefault());
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * Plain {@code kiosk}: the kiosk screens with the default config folder, as picocli would run
     * them, but without building the command model first (picocli's reflection costs a few hundred
     * milliseconds of a 2-core kiosk's start-up, docs/performance.md). Errors map to the same codes.
     */
    private static int runDefault() {
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return new KioskMain().call();
        } catch (Exception e) {
            Integer code = exitCodeFor(e, err);
            if (code != null) {
                return code;
            }
            e.printStackTrace(err);
            return ExitCodes.FAILED;
        }
    }

    /** The exit code and message for the failures a technician can fix; null for anything else. */
    static Integer exitCodeFor(Exception e, PrintWriter err) {
        if (e instanceof ConfigException ce) {
            err.println("kiosk: configuration problem:");
            ce.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        }
        if (e instanceof io.anxin.kiosk.app.DisplayUnavailableException de) {
            err.println("kiosk: " + de.getMessage());
            return ExitCodes.UNAVAILABLE;
        }
        if (e instanceof StoreException se) {
            err.println("kiosk: " + se.getMessage());
            return se.kind() == StoreException.Kind.DATABASE ? ExitCodes.FAILED : ExitCodes.UNAVAILABLE;
        }
        return null;
    }

    /** The config folder named by {@code --config} (default {@code ./kiosk-config}), not yet read. */
    public Path configDir() {
        return servedConfig != null ? servedConfig.configDir() : configDir;
    }

    /** The kiosk's database when its control socket runs this command; empty when run from a shell. */
    public Optional<Database> servedDatabase() {
        return Optional.ofNullable(servedDatabase);
    }

    /** The running kiosk's sync worker when its control socket runs this command and it has one. */
    public Optional<SyncWorker> servedSync() {
        return Optional.ofNullable(servedSync);
    }

    public static CommandLine commandLine() {
        return commandLine(new KioskMain());
    }

    /**
     * The commands as the running kiosk's control socket runs them: over its configuration and open
     * database (DESIGN.md, "Who owns the database"); no {@code @file} expansion.
     */
    public static CommandLine servingCommandLine(KioskConfig config, Database database) {
        return servingCommandLine(config, database, Optional.empty());
    }

    /** {@link #servingCommandLine(KioskConfig, Database)} with the kiosk's sync worker, which {@code sync} then uses. */
    public static CommandLine servingCommandLine(KioskConfig config, Database database, Optional<SyncWorker> sync) {
        CommandLine cl = commandLine(new KioskMain(config, database, sync.orElse(null)));
        cl.setExpandAtFiles(false);
        return cl;
    }

    private static CommandLine commandLine(KioskMain main) {
        CommandLine cl = new CommandLine(main);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Integer code = exitCodeFor(e, cmd.getErr());
            if (code == null) {
                throw e;
            }
            return code;
        });
        return cl;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"anxin-kiosk " + io.anxin.kiosk.app.AppHome.version()};
        }
    }
}
