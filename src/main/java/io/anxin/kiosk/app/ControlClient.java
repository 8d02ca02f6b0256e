package io.anxin.kiosk.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks a running kiosk to run a technician command over its control socket ({@link ControlServer}). */
public final class ControlClient {

    /** Long enough for the largest drill on a slow kiosk; a technician can always press Ctrl+C. */
    static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(10);
    static final int MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

    private ControlClient() {
    }

    /**
     * The kiosk's answer, or empty when {@code <dataDir>/control.sock} is missing, refuses the
     * connection, or does not answer properly in time.
     */
    public static Optional<ControlServer.Response> ask(Path dataDir, String command, List<String> args) {
        Path socket = ControlServer.socketPath(dataDir);
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        ObjectMapper json = new ObjectMapper();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ControlLines.write(channel, json.writeValueAsString(Map.of("command", command, "args", args)),
                    ControlServer.WRITE_TIMEOUT);
            String line = ControlLines.read(channel, MAX_RESPONSE_BYTES, ANSWER_TIMEOUT);
            if (line == null) {
                return Optional.empty();
            }
            JsonNode node = json.readTree(line);
            if (node == null || !node.path("exitCode").isInt() || !node.path("stdout").isTextual()
                    || !node.path("stderr").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new ControlServer.Response(node.get("exitCode").asInt(), node.get("stdout").asText(),
                    node.get("stderr").asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
