package io.anxin.kiosk.sync;

import java.time.OffsetDateTime;
import java.util.Objects;

/** GET /v1/applications: one application's state as the server words it ({@code state} is the wire value). */
public record ApplicationAnswer(String reference, String state, OffsetDateTime updatedAt, String message) {

    public ApplicationAnswer {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
        message = message == null ? "" : message;
    }
}
