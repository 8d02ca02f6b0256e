package io.anxin.kiosk.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.Agent;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.store.NewSubmission;
import io.anxin.kiosk.store.StoredSubmission;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * Files a submission (specs/services.md, "Every submission"): builds the payload the central server
 * receives, and commits the business row with its outbox entry and acceptance number in one
 * transaction. A keyed (unverified) ID is filed marked "identity checked at the window".
 *
 * <p>The payload is {@code {"resident": {...}, "checkAtWindow": b, "agent": {...}?, "clerk": {...}?,
 * "fields": {kind-specific}}}; it holds the full ID numbers and is never logged. Field values are
 * JSON values; {@code java.time} values are written as their ISO text.
 *
 * <p>Thread-safe; blocking (call it on the worker executor, never the FX thread). Throws
 * {@link io.anxin.kiosk.store.StoreException} when nothing was committed.
 */
public final class FileSubmission {

    private static final Logger LOG = LoggerFactory.getLogger(FileSubmission.class);
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern CLERK = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final SubmissionStore store;
    private final Clock clock;
    private final String terminalId;
    private final ObjectMapper json;

    /** @param clock its zone is the kiosk's {@code time.zone}: it decides the acceptance number's day */
    public FileSubmission(SubmissionStore store, Clock clock, String terminalId) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        SimpleModule time = new SimpleModule("iso-time");
        time.addSerializer(TemporalAccessor.class, ToStringSerializer.instance);
        this.json = new ObjectMapper().registerModule(time);
    }

    /** A resident filing for themselves at the kiosk. */
    public FiledSubmission file(String kind, ResidentIdentity resident, Map<String, ?> fields) {
        return file(kind, resident, Optional.empty(), Optional.empty(), fields, false);
    }

    /**
     * @param agent   who files for the resident, when not the resident
     * @param clerkId the staff number of the clerk who ran the service, when one did
     * @param drill   a synthetic submission made by {@code kiosk drill}
     */
    public FiledSubmission file(String kind, ResidentIdentity resident, Optional<Agent> agent, Optional<String> clerkId,
                                Map<String, ?> fields, boolean drill) {
        return file(kind, resident, agent, clerkId, fields, drill, store::file);
    }

    /**
     * A resident filing for themselves, committed through {@code commit}: a store method that writes
     * the submission with its outbox entry and rows of its own in one transaction (for example
     * {@link io.anxin.kiosk.store.PaymentOrders#open}, a payment order beside its submission).
     */
    public FiledSubmission file(String kind, ResidentIdentity resident, Map<String, ?> fields,
                                Function<NewSubmission, StoredSubmission> commit) {
        return file(kind, resident, Optional.empty(), Optional.empty(), fields, false, Objects.requireNonNull(commit, "commit"));
    }

    private FiledSubmission file(String kind, ResidentIdentity resident, Optional<Agent> agent, Optional<String> clerkId,
                                 Map<String, ?> fields, boolean drill, Function<NewSubmission, StoredSubmission> commit) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("submission kind must look like remote-care.filing, not " + kind);
        }
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(fields, "fields");
        clerkId.ifPresent(c -> {
            if (!CLERK.matcher(c).matches()) {
                throw new IllegalArgumentException("clerk id must be 1-32 letters, digits or '-'");
            }
        });
        boolean checkAtWindow = !resident.verified();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String payload = payload(resident, checkAtWindow, agent, clerkId, fields);
        StoredSubmission stored = commit.apply(new NewSubmission(kind, now, terminalId, resident.idNumber(), resident.method(),
                checkAtWindow, agent.map(a -> a.identity().idNumber()), agent.map(Agent::relationship), clerkId, drill, payload));
        LOG.info("filed {} {} (outbox seq {}{}{})", kind, stored.acceptanceNo(), stored.seq(),
                checkAtWindow ? ", identity checked at the window" : "", drill ? ", drill" : "");
        return new FiledSubmission(stored.acceptanceNo(), stored.createdAt(), kind, resident.idNumber().masked(),
                checkAtWindow, drill, stored.submissionId(), stored.entryId(), stored.seq());
    }

    private String payload(ResidentIdentity resident, boolean checkAtWindow, Optional<Agent> agent,
                           Optional<String> clerkId, Map<String, ?> fields) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("resident", person(resident));
        p.put("checkAtWindow", checkAtWindow);
        agent.ifPresent(a -> {
            Map<String, Object> m = person(a.identity());
            m.put("relationship", a.relationship());
            p.put("agent", m);
        });
        clerkId.ifPresent(c -> p.put("clerk", Map.of("staffId", c)));
        p.put("fields", fields);
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            // the message names the field, never a value
            throw new IllegalArgumentException("submission fields are not JSON values: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> person(ResidentIdentity who) {
        Map<String, Object> m = new LinkedHashMap<>();
        IdNumber id = who.idNumber();
        m.put("idNumber", id.value());
        who.name().ifPresent(n -> m.put("name", n));
        m.put("identityMethod", who.method().name().toLowerCase(Locale.ROOT));
        m.put("verified", who.verified());
        return m;
    }
}
