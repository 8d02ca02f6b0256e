package io.anxin.kiosk.sync;

/**
 * Told when the sync worker's {@link SyncStatus} changes. Called on the worker's thread: a UI listener
 * hands the status to its own thread (e.g. {@code Platform.runLater}) and returns at once; it must not throw.
 */
@FunctionalInterface
public interface SyncStatusListener {

    void statusChanged(SyncStatus status);
}
