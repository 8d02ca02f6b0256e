package io.anxin.kiosk.service.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.service.live.ApplicationStatus;

/**
 * Where one submission stands, for the progress screen. No personal data.
 *
 * @param kind       the service code ({@code remote-care.filing}); empty when only the centre knows it
 * @param filedAt    when it was accepted on this kiosk; empty when only the centre knows it
 * @param state      the centre's state, for {@link Stage#LIVE}
 * @param message    the centre's words (its explanation, or why it rejected the entry); may be empty
 * @param asOf       "截至": when the state shown was true (the centre's update time, or the delivery
 *                   time when the centre cannot be asked now)
 */
public record ProgressItem(String acceptanceNo, Optional<String> kind, Optional<OffsetDateTime> filedAt, Stage stage,
                           Optional<ApplicationStatus.State> state, String message, Optional<Instant> asOf) {

    public enum Stage {
        /** Accepted here, not yet delivered to the centre: 已受理，等待上传. */
        WAITING_UPLOAD,
        /** The centre refused it: its words, and 请到窗口. */
        REJECTED,
        /** The centre's current state. */
        LIVE,
        /** Delivered, but the centre cannot be asked now: the local state with 截至. */
        DELIVERED_OFFLINE,
        /** Delivered, but the centre says it does not know it: 请到窗口. */
        UNKNOWN_AT_CENTRE,
        /** Neither this kiosk nor the centre knows the acceptance number. */
        NOT_FOUND,
        /** Not on this kiosk and the centre cannot be asked now. */
        LOOKUP_OFFLINE,
        /** Not on this kiosk and the centre failed to answer properly. */
        LOOKUP_FAILED
    }

    public ProgressItem {
        Objects.requireNonNull(acceptanceNo, "acceptanceNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
        Objects.requireNonNull(asOf, "asOf");
    }
}
