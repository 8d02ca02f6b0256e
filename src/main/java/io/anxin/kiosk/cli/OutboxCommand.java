package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;

/**
 * {@code kiosk outbox}: one line per entry, tab-separated {@code seq id kind state attempts acceptanceNo
 * lastError} (empty fields as {@code -}); {@code --json} gives one JSON array instead. Payloads are
 * never printed (they hold full ID numbers). {@code --retry ID} re-queues a rejected entry, audited;
 * exit 1 when no entry has that id or it is not rejected.
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = {"List the outbox (entries waiting for, delivered to or rejected by the central server), "
                + "or re-queue a rejected entry.",
                "Columns: seq id kind state attempts acceptanceNo lastError, tab-separated; '-' when empty."})
public final class OutboxCommand implements Callable<Integer> {

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "pending|delivered|rejected", description = "only entries in this state")
    String state;

    @Option(names = "--json", description = "one JSON array instead of lines")
    boolean json;

    @Option(names = "--retry", paramLabel = "ID", description = "re-queue the rejected entry with this id")
    String retry;

    @Override
    public Integer call() throws Exception {
        Optional<OutboxState> filter;
        try {
            filter = Optional.ofNullable(state).map(OutboxState::fromCode);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("kiosk outbox: --state must be pending, delivered or rejected, not " + state);
            return ExitCodes.USAGE;
        }
        KioskConfig config = parent.config();
        return CommandDatabase.run(parent, spec, config, (dataSource, out, err) ->
                run(new Outbox(dataSource, Clock.system(config.timeZone()), config.terminalId()), filter, out, err));
    }

    /** The command's work over an outbox, whichever process owns the database. */
    int run(Outbox outbox, Optional<OutboxState> filter, PrintWriter out, PrintWriter err) throws Exception {
        if (retry != null) {
            return retry(outbox, out, err);
        }
        List<OutboxEntry> entries = outbox.list(filter);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(entries.stream().map(OutboxCommand::jsonOf).toList()));
        } else {
            entries.forEach(e -> out.println(line(e)));
        }
        return ExitCodes.OK;
    }

    private int retry(Outbox outbox, PrintWriter out, PrintWriter err) {
        Optional<OutboxEntry> entry = parseId(retry).flatMap(outbox::find);
        if (entry.isEmpty()) {
            err.println("kiosk outbox: no outbox entry has id " + retry);
            return ExitCodes.FAILED;
        }
        if (entry.get().state() != OutboxState.REJECTED
                || !outbox.requeueRejected(entry.get().id(), "technician", null)) {
            err.println("kiosk outbox: entry " + retry + " is " + outbox.find(entry.get().id()).orElseThrow().state().code()
                    + ", not rejected; only a rejected entry can be re-queued");
            return ExitCodes.FAILED;
        }
        out.println("re-queued " + entry.get().id() + " (seq " + entry.get().seq() + ", "
                + entry.get().acceptanceNo().orElse("no acceptance number") + "): it goes out with the next sync");
        return ExitCodes.OK;
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String line(OutboxEntry e) {
        return String.join("\t", Long.toString(e.seq()), e.id().toString(), e.kind(), e.state().code(),
                Integer.toString(e.attempts()), field(e.acceptanceNo()), field(e.lastError()));
    }

    private static String field(Optional<String> value) {
        return value.map(v -> v.replaceAll("[\\t\\r\\n]+", " ").strip()).filter(v -> !v.isEmpty()).orElse("-");
    }

    private static Map<String, Object> jsonOf(OutboxEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("id", e.id().toString());
        m.put("kind", e.kind());
        m.put("state", e.state().code());
        m.put("attempts", e.attempts());
        m.put("acceptanceNo", e.acceptanceNo().orElse(null));
        m.put("lastError", e.lastError().orElse(null));
        m.put("createdAt", e.createdAt().toString());
        m.put("drill", e.drill());
        m.put("nextAttemptAt", e.nextAttemptAt().map(Object::toString).orElse(null));
        m.put("reference", e.reference().orElse(null));
        m.put("deliveredAt", e.deliveredAt().map(Object::toString).orElse(null));
        return m;
    }
}
