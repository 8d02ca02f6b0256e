package io.anxin.kiosk.service.live;

import io.anxin.kiosk.domain.IdNumber;

/**
 * The resident's insurance status and personal account from the central server
 * (specs/central-sync.md, POST /v1/residents/lookup). The ID number travels only in the request
 * body; implementations never log it or put it in a URL.
 *
 * <p>Implementations: the HTTP client of the sync layer (live), {@link OfflineLiveData} (no
 * central server configured). Caching for offline display ("截至 <time>") is the caller's job,
 * not this interface's.
 *
 * <p>Threads: blocking (network); never call it on the JavaFX thread. Thread-safe.
 */
public interface ResidentRecords {

    /**
     * @throws LiveDataException {@link LiveDataFailure#NOT_FOUND} when the server does not know the
     *         person, another kind when it could not be asked or answered nonsense
     */
    ResidentRecord lookup(IdNumber idNumber);
}
