package io.anxin.kiosk.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;

/** PolicySearch over the shipped articles and over small libraries made to pin one behaviour each. */
class PolicySearchTest {

    private static final PolicySearch SHIPPED = new PolicySearch(
            new CatalogLoader().policy(Path.of("kiosk-config", CatalogLoader.POLICY)));

    private static List<String> ids(PolicySearch search, String query) {
        return search.search(query).stream().map(h -> h.article().id()).toList();
    }

    private static PolicySearch library(PolicyArticle... articles) {
        return new PolicySearch(new PolicyLibrary(List.of(articles)));
    }

    private static PolicyArticle article(String id, String title, String body, String... keywords) {
        return new PolicyArticle(id, title, List.of(keywords), body);
    }

    @Test
    void initialsFindTheTitleFirst() {
        List<PolicyHit> hits = SHIPPED.search("ydjy");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).article().id()).isEqualTo("remote-care");
        assertThat(hits.get(0).where()).isEqualTo(PolicyHit.Where.TITLE);
    }

    @ParameterizedTest
    @CsvSource({
            "异地就医, remote-care",
            "YDJY, remote-care",
            "\uff39\uff24\uff2a\uff39, remote-care",
            "yidijiuyi, remote-care",
            "yidjy, remote-care",
            "mzmtb, chronic-disease",
            "门诊慢特病, chronic-disease",
            "shougongbaoxiao, manual-reimbursement",
            "sgbx, manual-reimbursement",
            "lnr, elderly-priority",
            "bbdb, assisted-service",
            "jmyb, resident-enrolment",
    })
    void wordsInitialsAndFullPinyinFindTheArticle(String query, String first) {
        assertThat(ids(SHIPPED, query)).first().isEqualTo(first);
    }

    @Test
    void chineseWordsInTheBodyOnlyStillFind() {
        assertThat(ids(SHIPPED, "承诺制")).containsExactly("remote-care");
        assertThat(ids(SHIPPED, "60岁")).contains("elderly-priority");
    }

    @ParameterizedTest
    @CsvSource({
            "长, ccf, zcf, changchufang, zhangchufang",
            "行, yktx, ykth, tongxing, tonghang",
            "重, zdcj, cdcj, zhongdu, chongdu",
            "便, bmfw, pmfw, bianmin, pianmin",
            "调, tzdy, dzdy, tiaozheng, diaozheng",
            "还, hkyy, hkyy, haikeyi, huankeyi",
    })
    void everyReadingOfAPolyphoneIsIndexed(String character, String initialsA, String initialsB, String fullA,
                                           String fullB) {
        PolicySearch search = library(
                article("a-long", "慢性病长处方", "可以开三个月。", "拿药"),
                article("b-card", "一卡通行", "看病买药刷卡。", "社保卡"),
                article("c-heavy", "重度残疾资助", "个人缴费有资助。", "资助"),
                article("d-near", "便民服务点", "就近办理。", "就近"),
                article("e-tune", "调整待遇标准", "每年调整。", "待遇"),
                article("f-also", "还可以医保", "线上续方。", "线上"));
        String id = switch (character) {
            case "长" -> "a-long";
            case "行" -> "b-card";
            case "重" -> "c-heavy";
            case "便" -> "d-near";
            case "调" -> "e-tune";
            default -> "f-also";
        };
        for (String q : List.of(initialsA, initialsB, fullA, fullB)) {
            assertThat(ids(search, q)).as(q).first().isEqualTo(id);
        }
    }

    @Test
    void shippedPolyphonesAreFoundByEachReading() {
        assertThat(ids(SHIPPED, "ccf")).first().isEqualTo("long-prescription");
        assertThat(ids(SHIPPED, "zcf")).first().isEqualTo("long-prescription");
        assertThat(ids(SHIPPED, "yktx")).first().isEqualTo("one-card");
        assertThat(ids(SHIPPED, "ykth")).first().isEqualTo("one-card");
        assertThat(ids(SHIPPED, "zdcj")).contains("resident-enrolment");
        assertThat(ids(SHIPPED, "cdcj")).contains("resident-enrolment");
    }

    @Test
    void titleHitsRankAboveKeywordHitsAboveBodyHitsWhateverTheOrder() {
        PolicySearch search = library(
                article("a-body", "其他事项", "报销报销报销报销报销报销报销报销报销报销报销报销。", "其他"),
                article("b-keyword", "看病拿钱", "内容。", "报销"),
                article("c-keyword-part", "看病结算", "内容。", "手工报销"),
                article("d-title", "医疗费手工报销", "内容。", "医疗费"),
                article("e-title-start", "报销怎么办", "内容。", "办理"));
        assertThat(ids(search, "报销")).containsExactly("e-title-start", "d-title", "b-keyword", "c-keyword-part",
                "a-body");
        assertThat(ids(search, "bx")).containsExactly("e-title-start", "d-title", "b-keyword", "c-keyword-part",
                "a-body");
        assertThat(search.search("报销").get(2).where()).isEqualTo(PolicyHit.Where.KEYWORDS);
        assertThat(search.search("报销").get(4).where()).isEqualTo(PolicyHit.Where.BODY);
    }

    @Test
    void moreBodyHitsRankHigherAndTiesKeepLibraryOrder() {
        PolicySearch search = library(
                article("a", "甲", "缴费。", "一"),
                article("b", "乙", "缴费，缴费，缴费。", "二"),
                article("c", "丙", "缴费。", "三"));
        assertThat(ids(search, "缴费")).containsExactly("b", "a", "c");
        assertThat(ids(search, "jf")).containsExactly("b", "a", "c");
    }

    @Test
    void aPositionReadTwoWaysIsCountedOnce() {
        PolicySearch search = library(
                article("a", "甲", "长长。", "一"),
                article("b", "乙", "长，长，长。", "二"));
        // 长 is both c and z: "c" and "z" each find three positions in b, not six.
        assertThat(search.search("c").get(0).score()).isEqualTo(search.search("z").get(0).score());
        assertThat(ids(search, "c")).containsExactly("b", "a");
    }

    @Test
    void keywordsAreMatchedOneAtATime() {
        // "病拿" would straddle the keywords 看病 and 拿药 if they were one string.
        PolicySearch search = library(article("a", "标题", "正文。", "看病", "拿药"));
        assertThat(ids(search, "病拿")).isEmpty();
        assertThat(ids(search, "bn")).isEmpty();
        assertThat(ids(search, "ny")).containsExactly("a");
    }

    @Test
    void mostOfTheWordPairsAreAWeakHitWhenNothingMatchesExactly() {
        List<PolicyHit> hits = SHIPPED.search("异地备案");
        assertThat(hits).extracting(h -> h.article().id()).first().isEqualTo("remote-care");
        assertThat(hits.get(0).score()).isLessThan(Scores.KEYWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "？？？", "'-'", "\t\n", "qqqq", "xzxz", "火星探测", "zzzzzzzzzzzz",
            "iiii", "uv"})
    void emptyGarbageAndUnknownQueriesFindNothing(String query) {
        assertThat(SHIPPED.search(query)).isEmpty();
    }

    @Test
    void tooLongAQueryFindsNothingAndNullIsRefused() {
        assertThat(SHIPPED.search("y".repeat(PolicySearch.MAX_QUERY + 1))).isEmpty();
        assertThat(SHIPPED.search("异地就医" + " ".repeat(10))).isNotEmpty();
        assertThatNullPointerException().isThrownBy(() -> SHIPPED.search(null));
    }

    @Test
    void splitsStayBoundedAndIncludeTheInitialsReading() {
        List<String[]> splits = SHIPPED.splits("changchangchangchang");
        assertThat(splits).hasSizeLessThanOrEqualTo(PolicySearch.MAX_SPLITS + 1);
        assertThat(splits.get(0)).hasSize(20);
        assertThat(SHIPPED.splits("ydjy")).hasSize(1);
    }

    @Test
    void sameQuerySameAnswerFromManyThreads() {
        List<String> queries = List.of("ydjy", "报销", "mzmtb", "c", "y", "bx", "异地就医", "cf");
        List<List<PolicyHit>> once = queries.stream().map(SHIPPED::search).toList();
        IntStream.range(0, 200).parallel().forEach(i -> {
            int q = i % queries.size();
            assertThat(SHIPPED.search(queries.get(q))).isEqualTo(once.get(q));
        });
    }

    @Test
    void aThousandArticlesAreIndexedAndTheLastIsFound() {
        List<PolicyArticle> many = IntStream.range(0, 1000)
                .mapToObj(i -> article("a-" + i, i == 999 ? "异地就医备案" : "参保缴费第" + i + "篇", "内容。", "缴费"))
                .toList();
        PolicySearch search = new PolicySearch(new PolicyLibrary(many));
        assertThat(ids(search, "ydjy")).containsExactly("a-999");
        assertThat(search.search("jf")).hasSize(1000);
    }

    @Test
    void suggestionsAreSixDistinctKeywordsFromTheArticles() {
        List<String> chips = SHIPPED.suggestions(6);
        assertThat(chips).hasSize(6).doesNotHaveDuplicates();
        assertThat(chips).allSatisfy(k -> assertThat(SHIPPED.articles()).anySatisfy(a -> assertThat(a.keywords()).contains(k)));
        for (String chip : chips) {
            assertThat(SHIPPED.search(chip)).as(chip).isNotEmpty();
        }
    }
}
