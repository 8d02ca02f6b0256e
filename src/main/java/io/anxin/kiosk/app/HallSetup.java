package io.anxin.kiosk.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.catalog.CatalogException;
import io.anxin.kiosk.catalog.StaffRosterLoader;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.hall.HallTokens;
import io.anxin.kiosk.hall.StaffDesk;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.HallStaffStore;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;

/**
 * The hall of this process (config {@code hall.*}, DESIGN.md rule 9: chosen here and nowhere else):
 * which node it talks to and with which token, and for {@code hall.role=node} the node itself, served
 * from the kiosk's own database on {@code hall.listen}.
 *
 * <p>Processes with {@code --role clerk} or {@code --role hall-display} on the node's own machine (the
 * same config folder, as in demo mode) reach the node on loopback with the token of
 * {@code <terminal.id>-CLERK} or {@code <terminal.id>-DISPLAY} from the node's token file. In demo mode a
 * node without {@code hall.token-file} makes {@code <data.dir>/hall/tokens} with those three lines.
 */
final class HallSetup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HallSetup.class);
    /** Connect and answer timeout of the members' calls (a long poll adds its wait). */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(3);
    /** Service time assumed for a category before any of its tickets finished today. */
    static final Duration FALLBACK_SERVICE = Duration.ofMinutes(5);

    /** The screens a process shows; picks its terminal name on a node's machine. */
    enum Role {
        RESIDENT("", "kiosk"), CLERK("-CLERK", "counter"), HALL_DISPLAY("-DISPLAY", "display");

        private final String suffix;
        /** Its role word in the node's token file. */
        private final String tokenRole;

        Role(String suffix, String tokenRole) {
            this.suffix = suffix;
            this.tokenRole = tokenRole;
        }
    }

    private final KioskConfig config;
    private final Role role;
    private final Optional<HallClient> client;
    private volatile HallNode node;
    private volatile boolean nodeStarted;

    private HallSetup(KioskConfig config, Role role, Optional<HallClient> client) {
        this.config = config;
        this.role = role;
        this.client = client;
    }

    /**
     * The hall for this process. A standalone kiosk has none; a clerk or display role without a hall
     * is a configuration problem. A token file that cannot be used is one too (the technician fixes it).
     */
    static HallSetup forRole(KioskConfig config, Role role) {
        if (config.hallRole() == HallRole.STANDALONE) {
            if (role != Role.RESIDENT) {
                throw new ConfigException(java.util.List.of(config.configDir().resolve("kiosk.properties")
                        + ": hall.role=standalone has no hall queue; --role " + role.name().toLowerCase().replace('_', '-')
                        + " needs hall.role=node (on the node's machine) or hall.role=member with hall.node-url"));
            }
            return new HallSetup(config, role, Optional.empty());
        }
        try {
            if (config.hallRole() == HallRole.MEMBER) {
                String token = HallTokens.readMember(config.hallTokenFile().orElseThrow());
                return new HallSetup(config, role, Optional.of(new HallClient(config.hallNodeUrl().orElseThrow(), token,
                        CLIENT_TIMEOUT)));
            }
            Path tokens = nodeTokenFile(config);
            String terminal = terminal(config, role);
            String token = HallTokens.readNode(tokens).entrySet().stream().filter(e -> e.getValue().equals(terminal))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new HallException(HallException.Kind.TOKEN_FILE,
                            "token file " + tokens + " has no line for terminal " + terminal
                                    + " (this process on the node's machine); add 'TERMINAL-ID TOKEN ROLE' for it"));
            return new HallSetup(config, role, Optional.of(new HallClient(config.hallListen().loopbackUrl(), token,
                    CLIENT_TIMEOUT)));
        } catch (HallException e) {
            throw new ConfigException(java.util.List.of(where(config) + e.getMessage()));
        }
    }

    /** This process's name in the hall's records. */
    static String terminal(KioskConfig config, Role role) {
        return config.terminalId() + role.suffix;
    }

    /** The client this process uses; empty for a standalone kiosk. */
    Optional<HallClient> client() {
        return client;
    }

    /** Whether this process serves the hall queue (the resident kiosk of {@code hall.role=node}). */
    boolean servesNode() {
        return role == Role.RESIDENT && config.hallRole() == HallRole.NODE;
    }

    /**
     * Starts the node on the kiosk's database when this process serves it. A port in use or a bad
     * address is logged for the technician; the kiosk goes on and its ticket screen says the queue
     * cannot be reached (no number that might be duplicated is printed).
     */
    void startNode(Database db, QueueCategories categories, StaffRoster staff, AuditLog audit, Clock clock) {
        if (!servesNode()) {
            return;
        }
        nodeStarted = true;
        try {
            StaffDesk desk = new StaffDesk(staff, new HallStaffStore(db.dataSource()), audit, clock);
            HallQueue queue = new HallQueue(new HallQueueStore(db.dataSource()), categories,
                    Duration.ofMinutes(config.hallPriorityAfterMinutes()), config.elderlyAge(), config.timeZone(), clock,
                    FALLBACK_SERVICE);
            node = HallNode.start(queue, InetAddress.getByName(config.hallListen().host()), config.hallListen().port(),
                    HallTokens.readNode(nodeTokenFile(config)), HallTokens.readRoles(nodeTokenFile(config)), desk);
            LOG.info("hall node serving the queue API on {} (port {})", config.hallListen(), node.port());
        } catch (IOException | RuntimeException e) {
            LOG.error("the hall node did not start on {}: {}; tickets cannot be issued until it does (kiosks send "
                    + "residents to the service desk)", config.hallListen(), e.toString());
        }
    }

    /** The shipped demo clerks' hashes (PINs 1357 and 2468, printed in staff.csv and README.md). */
    private static final java.util.Set<String> DEMO_STAFF_HASHES = java.util.Set.of(
            "pbkdf2-sha256:120000:wa-CbbOC7LUQNIlQVRJLPg:abqewUfrRQNz00sF19PPKKMMYNrRjSzb0zIuk4RDvfw",
            "pbkdf2-sha256:120000:ZYCH2LA4Gm9ajVPTadZPQw:UPndxsOWC1bBTfTKQow-kIpKokBD6wrx02uvzSha4Lg");

    /**
     * The clerks who may sign in at the counters, checked now: a broken staff.csv stops the node's kiosk,
     * and so do the demo clerks (public PINs) in kiosk mode, like the demo technician PIN.
     */
    static StaffRoster staffRoster(KioskConfig config) {
        StaffRoster roster;
        try {
            roster = new StaffRosterLoader().load(config.configDir());
        } catch (CatalogException e) {
            throw new ConfigException(e.problems());
        }
        if (!config.demo()) {
            java.util.List<String> demo = roster.all().stream().filter(m -> DEMO_STAFF_HASHES.contains(m.pinHash()))
                    .map(m -> m.staffNo()).toList();
            if (!demo.isEmpty()) {
                throw new ConfigException(java.util.List.of(config.configDir().resolve(StaffRosterLoader.FILE)
                        + ": staff " + demo + " still have the demo PINs printed in the file and README.md; kiosk.mode=kiosk"
                        + " needs the hall's own clerks (make each PIN hash with './kiosk pin-hash')"));
            }
        }
        return roster;
    }

    /** What the technician sees: role, node and this process's terminal. */
    String describe() {
        return switch (config.hallRole()) {
            case STANDALONE -> "standalone (no queue tickets)";
            case NODE -> "node on " + config.hallListen() + (node != null ? " (serving)" : nodeStarted
                    ? " (not serving: see the log)" : "") + ", this process " + terminal(config, role);
            case MEMBER -> "member of " + config.hallNodeUrl().map(URI::toString).orElse("?") + ", terminal "
                    + config.terminalId();
        };
    }

    /** The node's token file: configured, or in demo mode made once in the data folder. */
    private static Path nodeTokenFile(KioskConfig config) {
        if (config.hallTokenFile().isPresent()) {
            return config.hallTokenFile().get();
        }
        if (!config.demo()) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "hall.role=node needs hall.token-file");
        }
        Path file = config.dataDir().resolve("hall").resolve("tokens");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            SecureRandom random = new SecureRandom();
            StringBuilder lines = new StringBuilder("# demo hall tokens, made by the kiosk (demo mode only)\n");
            for (Role r : Role.values()) {
                byte[] secret = new byte[24];
                random.nextBytes(secret);
                lines.append(terminal(config, r)).append(' ').append(HexFormat.of().formatHex(secret)).append(' ')
                        .append(r.tokenRole).append('\n');
            }
            Path tmp = Files.createTempFile(file.getParent(), "tokens", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp); // another process of this demo made it first: use theirs
            }
            return file;
        } catch (IOException e) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "cannot make the demo hall token file " + file + ": " + e, e);
        }
    }

    private static String where(KioskConfig config) {
        return config.configDir().resolve("kiosk.properties") + ": hall.token-file: ";
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
