package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Optional;

/** Every policy article, ordered by id. Immutable and thread-safe. */
public record PolicyLibrary(List<PolicyArticle> articles) {

    public PolicyLibrary {
        articles = List.copyOf(articles);
    }

    public Optional<PolicyArticle> byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
