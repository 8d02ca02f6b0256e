package io.anxin.kiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.application.Platform;

/** {@link TaskRunner} over a small executor, delivering results with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor;

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
