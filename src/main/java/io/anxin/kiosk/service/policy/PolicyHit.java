package io.anxin.kiosk.service.policy;

import java.util.Objects;

import io.anxin.kiosk.domain.catalog.PolicyArticle;

/**
 * One article found by {@link PolicySearch}.
 *
 * @param article the article
 * @param score   higher is better; only meaningful within one query's results
 * @param where   the best place the query was found in: title before keywords before body
 */
public record PolicyHit(PolicyArticle article, int score, Where where) {

    /** Where in an article a query was found. */
    public enum Where { TITLE, KEYWORDS, BODY }

    public PolicyHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(where, "where");
    }
}
