package io.anxin.kiosk.sync;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The server's result for one entry of a batch (POST /v1/transactions). Accepted and duplicate carry
 * the server's reference; rejected carries the error code and message.
 */
public record TransactionResult(UUID id, Status status, Optional<String> reference, Optional<String> errorCode,
                                Optional<String> errorMessage) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public TransactionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(errorMessage, "errorMessage");
    }
}
