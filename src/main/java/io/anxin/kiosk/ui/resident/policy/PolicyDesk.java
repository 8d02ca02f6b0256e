package io.anxin.kiosk.ui.resident.policy;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.service.policy.PolicySearch;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * What the three policy screens share: the search index, built off the JavaFX thread by the
 * composition root and waited for on a worker, and the article the resident chose. FX thread only.
 */
public final class PolicyDesk {

    private final CompletableFuture<PolicySearch> source;
    private final TaskRunner tasks;
    private PolicySearch search;
    private PolicyArticle chosen;

    public PolicyDesk(CompletableFuture<PolicySearch> source, TaskRunner tasks) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Hands the index to {@code ready} (at once when it is built), or the failure to {@code failed}. */
    void whenReady(Consumer<PolicySearch> ready, Consumer<Throwable> failed) {
        if (search != null) {
            ready.accept(search);
            return;
        }
        tasks.run(source::get, s -> {
            search = s;
            ready.accept(s);
        }, failed);
    }

    void choose(PolicyArticle article) {
        chosen = Objects.requireNonNull(article, "article");
    }

    /** The article chosen last; null before any. */
    PolicyArticle chosen() {
        return chosen;
    }
}
