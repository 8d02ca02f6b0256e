package io.anxin.kiosk.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.store.DataFolderLock;

/**
 * The running kiosk's control socket (DESIGN.md, "Who owns the database"): a Unix domain socket
 * {@code <data.dir>/control.sock}, readable only by its owner, through which technician commands ask
 * the kiosk to do their work while it owns the database.
 *
 * <p>Protocol: one request line, one response line, then the connection closes. Request
 * {@code {"command":"outbox","args":["--json"]}}; response
 * {@code {"exitCode":0,"stdout":"...","stderr":"..."}}. Lines are UTF-8 JSON ending in {@code \n};
 * a request longer than {@value #MAX_REQUEST_BYTES} bytes, or not complete within the read timeout,
 * is dropped. Requests are handled one at a time on one daemon thread. Payloads and arguments are
 * never logged (they can hold ID numbers): only the command name, exit code and duration.
 */
public final class ControlServer implements AutoCloseable {

    public static final String SOCKET_NAME = "control.sock";
    public static final int MAX_REQUEST_BYTES = 64 * 1024;
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    /** What a command run through the socket printed and returned. */
    public record Response(int exitCode, String stdout, String stderr) {
        public Response {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
        }
    }

    /** Runs the commands the socket answers; the same implementation a technician command runs directly. */
    public interface Handler {
        /** The command names this handler answers; anything else is refused. */
        Set<String> commands();

        /** Runs {@code command} with {@code args} (never {@code --config}); must not throw for bad usage. */
        Response handle(String command, List<String> args);
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final Handler handler;
    private final Duration readTimeout;
    private final Thread thread;
    private final ObjectMapper json = new ObjectMapper();

    private ControlServer(Path socket, ServerSocketChannel server, Handler handler, Duration readTimeout) {
        this.socket = socket;
        this.server = server;
        this.handler = handler;
        this.readTimeout = readTimeout;
        this.thread = new Thread(this::acceptLoop, "kiosk-control");
        this.thread.setDaemon(true);
    }

    /** The socket path in a data folder. */
    public static Path socketPath(Path dataDir) {
        return dataDir.resolve(SOCKET_NAME);
    }

    /**
     * Binds {@code <dataDir>/control.sock} and starts answering. {@code lock} is the caller's hold on
     * the data folder: only its owner may replace a socket file left behind by a dead kiosk.
     */
    public static ControlServer start(DataFolderLock lock, Path dataDir, Handler handler) throws IOException {
        return start(lock, dataDir, handler, READ_TIMEOUT);
    }

    static ControlServer start(DataFolderLock lock, Path dataDir, Handler handler, Duration readTimeout) throws IOException {
        Objects.requireNonNull(lock, "lock");
        Files.createDirectories(dataDir);
        tightenIfOurs(dataDir);
        Path socket = socketPath(dataDir);
        // We hold the data folder's lock, so a socket file here is a dead kiosk's leftover.
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(socket);
            throw e;
        }
        ControlServer s = new ControlServer(socket, server, handler, readTimeout);
        s.thread.start();
        LOG.info("control socket {} answers {}", socket, new TreeSet<>(handler.commands()));
        return s;
    }

    /** rwx------ on the data folder when this user owns it, so nobody else can reach the socket. */
    private static void tightenIfOurs(Path dataDir) {
        try {
            if (Files.getOwner(dataDir).getName().equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("could not make data folder {} owner-only: {}", dataDir, e.toString());
        }
    }

    public Path socket() {
        return socket;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                serve(client);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!server.isOpen()) {
                    return;
                }
                LOG.warn("control request failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    private void serve(SocketChannel client) throws IOException {
        long start = System.nanoTime();
        String line = ControlLines.read(client, MAX_REQUEST_BYTES, readTimeout);
        if (line == null) {
            LOG.warn("control request dropped: longer than {} bytes, incomplete or too slow", MAX_REQUEST_BYTES);
            return;
        }
        Request request = parse(line);
        Response response;
        String name;
        if (request.refusal() != null) {
            name = "(refused)";
            response = new Response(2, "", "kiosk: the control socket refused the request: " + request.refusal() + "\n");
            LOG.warn("control request refused: {}", request.refusal());
        } else {
            name = request.command();
            try {
                response = handler.handle(name, request.args());
            } catch (RuntimeException e) {
                LOG.error("control command {} failed", name, e);
                response = new Response(1, "", "kiosk " + name + ": the kiosk could not run it ("
                        + e.getClass().getSimpleName() + "); see the kiosk log\n");
            }
        }
        ControlLines.write(client, json.writeValueAsString(Map.of("exitCode", response.exitCode(),
                "stdout", response.stdout(), "stderr", response.stderr())), WRITE_TIMEOUT);
        LOG.info("control command {}: exit {} in {} ms", name, response.exitCode(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /** A command to run, or why the socket does not run it. */
    private record Request(String command, List<String> args, String refusal) {
        static Request refused(String why) {
            return new Request(null, List.of(), why);
        }
    }

    private Request parse(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            return Request.refused("not a JSON object");
        }
        if (node == null || !node.isObject()) {
            return Request.refused("not a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!field.equals("command") && !field.equals("args")) {
                return Request.refused("unknown field (only command and args)");
            }
        }
        JsonNode command = node.get("command");
        if (command == null || !command.isTextual() || !handler.commands().contains(command.asText())) {
            return Request.refused("unknown command; it answers " + String.join(", ", new TreeSet<>(handler.commands())));
        }
        List<String> args = new ArrayList<>();
        JsonNode argsNode = node.get("args");
        if (argsNode != null && !argsNode.isNull()) {
            if (!argsNode.isArray()) {
                return Request.refused("args must be an array of strings");
            }
            for (JsonNode a : argsNode) {
                if (!a.isTextual()) {
                    return Request.refused("args must be an array of strings");
                }
                if (a.asText().startsWith("--config")) {
                    return Request.refused("--config is not accepted: the kiosk uses its own configuration");
                }
                args.add(a.asText());
            }
        }
        return new Request(command.asText(), List.copyOf(args), null);
    }

    /** Stops answering (a request being handled finishes first, up to 30 s) and removes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("closing the control socket: {}", e.toString());
        }
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", socket, e.toString());
        }
        LOG.info("control socket closed");
    }
}
