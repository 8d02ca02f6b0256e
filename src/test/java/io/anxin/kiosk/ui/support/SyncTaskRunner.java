package io.anxin.kiosk.ui.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import io.anxin.kiosk.ui.TaskRunner;

/** Runs work at once on the calling thread, so view-model tests need no waiting. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
