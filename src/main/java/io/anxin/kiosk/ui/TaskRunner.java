package io.anxin.kiosk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (database, network, crypto) off the JavaFX thread and hands the result
 * back on it. Tests use a synchronous runner so view models can be checked without waiting.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} on a worker thread; then {@code onSuccess} or {@code onFailure} on the
     * JavaFX application thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
