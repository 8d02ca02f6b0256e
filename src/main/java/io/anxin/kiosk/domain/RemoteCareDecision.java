package io.anxin.kiosk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.Destination;

/**
 * The outcome of checking a remote-care request.
 *
 * @param errors        one per bad field, only for {@link Outcome#NEEDS_CORRECTION}
 * @param filingTarget  where the filing goes (the place of treatment), for {@link Outcome#READY_TO_FILE}
 * @param commitmentKey the commitment text the resident must confirm, for commitment-based types when ready
 * @param key           the sentence explaining the outcome; {@code args} are its arguments
 */
public record RemoteCareDecision(Outcome outcome, List<FieldError> errors, Optional<Destination> filingTarget,
                                 Optional<String> commitmentKey, String key, List<Object> args) {

    /** What the kiosk does next. */
    public enum Outcome {
        /** Temporary treatment inside the home province: file nothing, the card settles directly. */
        NO_FILING_NEEDED,
        /** Everything is valid: read back, confirm (and the commitment), then file. */
        READY_TO_FILE,
        /** At least one field must be corrected; nothing is filed. */
        NEEDS_CORRECTION
    }

    public RemoteCareDecision {
        Objects.requireNonNull(outcome, "outcome");
        errors = List.copyOf(errors);
        Objects.requireNonNull(filingTarget, "filingTarget");
        Objects.requireNonNull(commitmentKey, "commitmentKey");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        if ((outcome == Outcome.NEEDS_CORRECTION) == errors.isEmpty()) {
            throw new IllegalArgumentException("errors are present exactly when the outcome is NEEDS_CORRECTION");
        }
    }
}
