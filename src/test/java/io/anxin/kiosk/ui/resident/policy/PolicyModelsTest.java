package io.anxin.kiosk.ui.resident.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.service.policy.PolicySearch;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenRegistry;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.SyncTaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.RecordingVoice;
import io.anxin.kiosk.voice.RecordingVoice.Event;
import io.anxin.kiosk.voice.RecordingVoice.Type;

/** The three policy view models, without a stage, over the shipped articles. */
class PolicyModelsTest {

    private final RecordingVoice voice = new RecordingVoice();
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final ScreenRegistry registry = new ScreenRegistry();
    private final Navigator navigator = new Navigator(registry, voice, PolicyScreen.ID, PolicyScreen.ID);
    private PolicyViewModel list;
    private PolicySearchViewModel search;
    private PolicyArticleViewModel article;

    @BeforeEach
    void build() {
        build(CompletableFuture.completedFuture(KioskUiHarness.POLICY));
    }

    private void build(CompletableFuture<PolicySearch> source) {
        PolicyDesk desk = new PolicyDesk(source, new SyncTaskRunner());
        search = new PolicySearchViewModel(desk, navigator, voice);
        list = new PolicyViewModel(desk, search, navigator, voice);
        article = new PolicyArticleViewModel(desk, voice, i18n);
        ScreenRegistry r = registry;
        if (r.all().isEmpty()) {
            r.register(new PolicyScreen(i18n, list));
            r.register(new PolicySearchScreen(i18n, search));
            r.register(new PolicyArticleScreen(i18n, article));
        }
        navigator.toRoot();
    }

    private String current() {
        return navigator.current().id();
    }

    private void type(String letters) {
        for (char c : letters.toCharArray()) {
            search.key(c);
        }
    }

    @Test
    void listShowsSixArticlesAPageAndPagesOn() {
        assertThat(list.shown()).hasSize(6);
        assertThat(list.pagesProperty().get()).isEqualTo(2);
        assertThat(list.hasPreviousProperty().get()).isFalse();
        list.next();
        assertThat(list.shown()).hasSize(KioskUiHarness.POLICY.articles().size() - 6);
        assertThat(list.pageProperty().get()).isEqualTo(2);
        assertThat(list.hasNextProperty().get()).isFalse();
        assertThat(voice.spokenKeys()).last().isEqualTo("policy.page");
        list.next();
        assertThat(list.pageProperty().get()).isEqualTo(2);
        list.previous();
        assertThat(list.shown().get(0)).isEqualTo(KioskUiHarness.POLICY.articles().get(0));
    }

    @Test
    void openingAnArticleShowsItAndSpeaksItsTitle() {
        PolicyArticle second = list.shown().get(1);
        list.open(second);
        assertThat(current()).isEqualTo(PolicyArticleScreen.ID);
        assertThat(article.articleProperty().get()).isEqualTo(second);
        assertThat(voice.lastRepeatPrompt()).isEqualTo(Prompt.of("prompt.policy.article", second.title()));
    }

    @Test
    void typingInitialsNarrowsTheResultsAndSaysHowManyAfterEveryKey() {
        list.search();
        assertThat(current()).isEqualTo(PolicySearchScreen.ID);
        assertThat(search.suggestions()).hasSize(6);
        search.key('y');
        assertThat(search.queryProperty().get()).isEqualTo("Y");
        int afterOne = search.foundProperty().get();
        assertThat(search.results()).hasSizeLessThanOrEqualTo(PolicySearchViewModel.SHOWN);
        type("DJY");
        assertThat(search.queryProperty().get()).isEqualTo("YDJY");
        assertThat(search.foundProperty().get()).isLessThanOrEqualTo(afterOne).isPositive();
        assertThat(search.results().get(0).article().id()).isEqualTo("remote-care");
        assertThat(voice.spokenKeys()).last().isIn("policy.search.found", "policy.search.found-more");
        assertThat(search.errorProperty().get()).isNull();

        search.open(search.results().get(0));
        assertThat(current()).isEqualTo(PolicyArticleScreen.ID);
        assertThat(article.title()).isEqualTo("异地就医备案怎么办");
        navigator.back();
        assertThat(search.queryProperty().get()).as("kept on the way back").isEqualTo("YDJY");
    }

    @Test
    void noMatchIsShownAndSpokenWithWhatToDoThenDeleteRecovers() {
        list.search();
        type("YDJYQ");
        assertThat(search.results()).isEmpty();
        assertThat(search.nothingFoundProperty().get()).isEqualTo(Message.of("policy.search.none", "YDJYQ"));
        assertThat(i18n.text(search.nothingFoundProperty().get())).contains("删除").contains("呼叫工作人员");
        assertThat(voice.spokenKeys()).last().isEqualTo("policy.search.none");
        voice.clearEvents();
        search.key('Q');
        assertThat(voice.spokenKeys()).as("each key that still finds nothing says so, once")
                .containsExactly("policy.search.none");
        search.delete();
        search.delete();
        assertThat(search.nothingFoundProperty().get()).isNull();
        assertThat(search.results()).isNotEmpty();
    }

    @Test
    void suggestionSearchesTheWordAndALetterStartsAfresh() {
        list.search();
        search.suggestion("长处方");
        assertThat(search.queryProperty().get()).isEqualTo("长处方");
        assertThat(search.results().get(0).article().id()).isEqualTo("long-prescription");
        search.key('m');
        assertThat(search.queryProperty().get()).isEqualTo("M");
        search.suggestion("长处方");
        search.delete();
        assertThat(search.queryProperty().get()).isEmpty();
    }

    @Test
    void clearEmptiesAndAFreshSearchForgetsTheOldQuery() {
        list.search();
        type("MZ");
        search.clearTyped();
        assertThat(search.queryProperty().get()).isEmpty();
        assertThat(search.results()).isEmpty();
        assertThat(voice.spokenKeys()).last().isEqualTo("entry.cleared");
        type("BX");
        navigator.back();
        list.search();
        assertThat(search.queryProperty().get()).isEmpty();
    }

    @Test
    void lettersAreCappedAndOnlyLettersCount() {
        list.search();
        search.key('1');
        search.key('#');
        assertThat(search.queryProperty().get()).isEmpty();
        type("Y".repeat(PolicySearchViewModel.MAX_LETTERS));
        search.key('Y');
        assertThat(search.queryProperty().get()).hasSize(PolicySearchViewModel.MAX_LETTERS);
        assertThat(search.errorProperty().get()).isEqualTo(Message.of("policy.search.full",
                PolicySearchViewModel.MAX_LETTERS));
    }

    @Test
    void readAloudQueuesEveryParagraphAfterSayingHowToStop() {
        PolicyArticle remote = KioskUiHarness.POLICY.articles().stream().filter(a -> a.id().equals("remote-care"))
                .findFirst().orElseThrow();
        list.open(remote);
        voice.clearEvents();
        article.readAloud();
        List<Event> events = voice.events();
        assertThat(events.get(0)).isEqualTo(new Event(Type.SPEAK, Prompt.of("policy.read.start", remote.title()), 0, null));
        List<Object> queued = events.stream().filter(e -> e.type() == Type.ENQUEUE)
                .filter(e -> e.key().equals("policy.read.paragraph")).map(e -> e.prompt().args().get(0)).toList();
        assertThat(queued).containsExactlyElementsOf(remote.paragraphs());
        assertThat(events).last().extracting(Event::key).isEqualTo("policy.read.end");
        navigator.back();
        assertThat(voice.events()).extracting(Event::type).contains(Type.CANCEL);
    }

    @Test
    void chronicDiseaseArticleEndsWithTheThreeMonthNoteOnceAndOthersDoNot() {
        PolicyArticle chronic = byId("chronic-disease");
        list.open(chronic);
        String note = i18n.text(PolicyArticleViewModel.NOTE_KEY);
        assertThat(note).contains("3个月");
        assertThat(article.paragraphs()).last().isEqualTo(note);
        article.setCapacity(20, 4);
        assertThat(article.pagesProperty().get()).isGreaterThan(1);
        while (article.hasNextProperty().get()) {
            article.next();
        }
        assertThat(article.pageTextProperty().get()).endsWith(note);
        voice.clearEvents();
        article.readAloud();
        assertThat(voice.events()).filteredOn(e -> e.type() == Type.ENQUEUE)
                .anySatisfy(e -> assertThat(e.prompt().args()).containsExactly(note));

        list.open(byId("long-prescription"));
        assertThat(article.paragraphs()).as("says 3 months in its own words").doesNotContain(note);
        list.open(byId("remote-care"));
        assertThat(article.paragraphs()).doesNotContain(note);
    }

    @Test
    void pagesFollowTheCapacityAndKeepTheReadersPlace() {
        list.open(byId("remote-care"));
        article.setCapacity(60, 20);
        assertThat(article.pagesProperty().get()).isEqualTo(1);
        article.setCapacity(16, 4);
        int small = article.pagesProperty().get();
        assertThat(small).isGreaterThan(3);
        article.next();
        article.next();
        String firstWords = article.pageTextProperty().get().replace(ArticlePages.INDENT, "").substring(0, 2);
        article.setCapacity(13, 3);
        assertThat(article.pagesProperty().get()).isGreaterThan(small);
        assertThat(article.pageProperty().get()).isGreaterThan(2);
        assertThat(article.pageTextProperty().get().replace("\n", "").replace(ArticlePages.INDENT, ""))
                .contains(firstWords);
    }

    @Test
    void anIndexThatFailedToLoadIsAMessageNotACrash() {
        CompletableFuture<PolicySearch> broken = CompletableFuture.failedFuture(new IllegalStateException("no folder"));
        PolicyDesk desk = new PolicyDesk(broken, new SyncTaskRunner());
        PolicyViewModel vm = new PolicyViewModel(desk, new PolicySearchViewModel(desk, navigator, voice), navigator, voice);
        vm.onArrive();
        assertThat(vm.errorProperty().get()).isEqualTo(Message.of("policy.error.unavailable"));
        assertThat(vm.shown()).isEmpty();
    }

    @Test
    void endOfSessionForgetsTheQuery() {
        list.search();
        type("YD");
        search.clearSession();
        assertThat(search.queryProperty().get()).isEmpty();
        assertThat(search.results()).isEmpty();
    }

    private static PolicyArticle byId(String id) {
        return KioskUiHarness.POLICY.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
