package io.anxin.kiosk.ui.resident.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;

class ArticlePagesTest {

    private static final PolicyLibrary SHIPPED = new CatalogLoader().policy(Path.of("kiosk-config", CatalogLoader.POLICY));

    private static String joined(List<String> pages) {
        return String.join("", pages).replace(ArticlePages.INDENT, "").replace("\n", "");
    }

    @ParameterizedTest
    @CsvSource({"60, 14", "40, 7", "30, 5", "12, 3", "5, 1", "2, 1"})
    void everyArticleIsKeptWholeAndEveryPageFits(int columns, int rows) {
        for (PolicyArticle a : SHIPPED.articles()) {
            List<String> pages = ArticlePages.paginate(a.paragraphs(), columns, rows);
            assertThat(joined(pages)).as(a.id()).isEqualTo(String.join("", a.paragraphs()));
            for (String page : pages) {
                int lines = page.lines().mapToInt(l -> ArticlePages.linesFor(l, Math.max(2, columns - 1))).sum();
                assertThat(lines).as(a.id() + " page " + page).isLessThanOrEqualTo(rows);
                assertThat(page).isNotBlank();
            }
        }
    }

    @Test
    void bigEnoughAreaIsOnePageAndSmallerAreasNeedMore() {
        PolicyArticle remote = SHIPPED.byId("remote-care").orElseThrow();
        assertThat(ArticlePages.paginate(remote.paragraphs(), 60, 20)).hasSize(1);
        assertThat(ArticlePages.paginate(remote.paragraphs(), 20, 4).size()).isGreaterThan(2);
    }

    @Test
    void aLongParagraphIsCutAfterASentenceWhenOneFits() {
        List<String> pages = ArticlePages.paginate(List.of("第一句话说完了。第二句话也很长很长很长很长。"), 11, 1);
        assertThat(pages.get(0)).isEqualTo(ArticlePages.INDENT + "第一句话说完了。");
        assertThat(pages.get(1)).startsWith("第二句话");
    }

    @Test
    void paragraphsStartOnTheirOwnIndentedLine() {
        List<String> pages = ArticlePages.paginate(List.of("甲。", "乙。"), 20, 5);
        assertThat(pages).containsExactly(ArticlePages.INDENT + "甲。\n" + ArticlePages.INDENT + "乙。");
    }

    @Test
    void digitsAndLatinCountNarrower() {
        assertThat(ArticlePages.width("60")).isLessThan(ArticlePages.width("六十"));
    }
}
