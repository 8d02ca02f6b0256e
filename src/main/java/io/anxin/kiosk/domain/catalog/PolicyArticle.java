package io.anxin.kiosk.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A plain-language policy article (政策明白纸) from {@code kiosk-config/policy/}.
 *
 * @param id       the file name without extension, stable for links from other screens
 * @param keywords words a resident might search for
 * @param body     paragraphs separated by one blank line, no markup
 */
public record PolicyArticle(String id, String title, List<String> keywords, String body) {

    public PolicyArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(body, "body");
    }

    public List<String> paragraphs() {
        return List.of(body.split("\n\n"));
    }
}
