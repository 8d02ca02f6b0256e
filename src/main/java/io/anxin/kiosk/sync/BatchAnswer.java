package io.anxin.kiosk.sync;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The usable results of a 200 answer to a batch, by entry id. An entry with no usable result (missing,
 * unknown status, accepted without a reference) is not delivered; {@link #unusable()} counts the result
 * objects that could not be used, for the technician's log.
 */
public record BatchAnswer(Map<UUID, TransactionResult> results, int unusable) {

    public BatchAnswer {
        results = Map.copyOf(results);
    }

    public Optional<TransactionResult> resultFor(UUID id) {
        return Optional.ofNullable(results.get(id));
    }
}
