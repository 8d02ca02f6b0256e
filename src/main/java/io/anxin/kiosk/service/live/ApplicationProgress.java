package io.anxin.kiosk.service.live;

/**
 * The progress of a delivered submission at the central server (specs/central-sync.md,
 * GET /v1/applications/{reference} and ?acceptanceNo=). Before delivery the kiosk shows its own
 * outbox state instead; that is the caller's job.
 *
 * <p>Threads: blocking (network); never call it on the JavaFX thread. Thread-safe.
 */
public interface ApplicationProgress {

    /** @throws LiveDataException {@link LiveDataFailure#NOT_FOUND} when the server does not know it */
    ApplicationStatus byReference(String reference);

    /** @throws LiveDataException {@link LiveDataFailure#NOT_FOUND} when the server does not know it */
    ApplicationStatus byAcceptanceNo(String acceptanceNo);
}
