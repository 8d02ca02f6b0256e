package io.anxin.kiosk.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;

/**
 * What {@link SubmissionStore#file} writes. {@code createdAt} carries the kiosk's offset: its local
 * date is the acceptance number's day. {@code payloadJson} is the business record and the outbox
 * payload; it holds the full ID number and is never logged ({@link #toString()} leaves it out).
 */
public record NewSubmission(String kind, OffsetDateTime createdAt, String terminalId, IdNumber resident,
                            IdentityMethod identityMethod, boolean checkAtWindow, Optional<IdNumber> agent,
                            Optional<String> agentRelationship, Optional<String> clerkId, boolean drill,
                            String payloadJson) {

    public NewSubmission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(identityMethod, "identityMethod");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(agentRelationship, "agentRelationship");
        Objects.requireNonNull(clerkId, "clerkId");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    @Override
    public String toString() {
        return "NewSubmission[" + kind + ", " + resident.masked() + ", " + identityMethod + (drill ? ", drill" : "") + "]";
    }
}
