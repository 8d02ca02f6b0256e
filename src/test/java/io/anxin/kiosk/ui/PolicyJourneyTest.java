package io.anxin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.ui.a11y.AccessibilityWalker;
import io.anxin.kiosk.ui.a11y.Mode;
import io.anxin.kiosk.ui.a11y.SceneQueries;
import io.anxin.kiosk.ui.a11y.Violation;
import io.anxin.kiosk.ui.resident.policy.PolicyArticleScreen;
import io.anxin.kiosk.ui.resident.policy.PolicyArticleViewModel;
import io.anxin.kiosk.ui.resident.policy.PolicyScreen;
import io.anxin.kiosk.ui.resident.policy.PolicySearchScreen;
import io.anxin.kiosk.ui.resident.policy.PolicySearchViewModel;
import io.anxin.kiosk.ui.resident.policy.PolicyViewModel;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.voice.RecordingVoice.Event;
import io.anxin.kiosk.voice.RecordingVoice.Type;

/**
 * 政策咨询 through the real UI: home, the article list, searching "ydjy" on the letter keypad, the
 * article, read aloud and cut off by a touch; then the screens in the states the registry walk does
 * not reach (results showing, every page of every article) in both text sizes.
 */
class PolicyJourneyTest {

    @TempDir
    Path dataDir;

    private KioskUiHarness h;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        h = new KioskUiHarness(dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void homeToPolicySearchYdjyArticleAndReadAloud() throws Exception {
        click("#attract-start");
        assertThat(currentId()).isEqualTo("home");
        // The home-menu entry is the lead's; until then the test goes where it will lead.
        fx(() -> {
            h.ui.navigator().goTo(PolicyScreen.ID);
            return null;
        });
        h.layout();
        assertThat(text("#shell-title")).isEqualTo("政策咨询");
        assertThat(h.voice.spokenKeys()).last().isEqualTo("prompt.policy");
        assertThat(text("#policy-article-0")).isEqualTo(KioskUiHarness.POLICY.articles().get(0).title());

        click("#policy-search");
        assertThat(currentId()).isEqualTo(PolicySearchScreen.ID);
        assertThat(shown("#policy-chip-0")).isTrue();
        for (char c : "YDJY".toCharArray()) {
            click("#policy-key-" + c);
        }
        assertThat(text("#policy-query")).isEqualTo("YDJY");
        assertThat(shown("#policy-chip-0")).isFalse();
        assertThat(text("#policy-result-0")).isEqualTo("异地就医备案怎么办");
        assertThat(h.voice.spokenKeys()).last().isIn("policy.search.found", "policy.search.found-more");

        click("#policy-result-0");
        assertThat(currentId()).isEqualTo(PolicyArticleScreen.ID);
        assertThat(text("#policy-article-heading")).isEqualTo("异地就医备案怎么办");
        assertThat(text("#policy-page-text")).contains("到外地看病，先备案");

        h.voice.clearEvents();
        click("#policy-read");
        List<Event> reading = h.voice.events();
        PolicyArticle remote = KioskUiHarness.POLICY.articles().stream().filter(a -> a.id().equals("remote-care"))
                .findFirst().orElseThrow();
        assertThat(reading).filteredOn(e -> e.type() == Type.SPEAK).extracting(Event::key)
                .containsExactly("policy.read.start");
        assertThat(reading).filteredOn(e -> e.type() == Type.ENQUEUE && e.key().equals("policy.read.paragraph"))
                .extracting(e -> e.prompt().args().get(0)).containsExactlyElementsOf(remote.paragraphs());

        h.voice.clearEvents();
        click("#policy-page-text");
        assertThat(h.voice.events()).extracting(Event::type).as("a touch cuts the reading").contains(Type.CANCEL);

        click("#policy-read");
        h.voice.clearEvents();
        click("#nav-back");
        assertThat(currentId()).isEqualTo(PolicySearchScreen.ID);
        assertThat(h.voice.events()).extracting(Event::type).contains(Type.CANCEL);
        assertThat(text("#policy-query")).isEqualTo("YDJY");
    }

    @Test
    void searchWithResultsAndWithNothingFoundPassesTheWalkerInEveryMode() throws Exception {
        Screen search = fx(() -> h.ui.registry().get(PolicySearchScreen.ID));
        PolicySearchViewModel model = (PolicySearchViewModel) search.model();
        fx(() -> {
            h.ui.navigator().goTo(PolicySearchScreen.ID);
            model.key('Y');
            return null;
        });
        assertThat(fx(() -> model.results().size())).isEqualTo(PolicySearchViewModel.SHOWN);
        snapshot("policy-search-results");
        assertNoViolations(new AccessibilityWalker(h).walk(List.of(search), Mode.all()));

        fx(() -> {
            h.ui.navigator().goTo(PolicySearchScreen.ID);
            model.key('Q');
            model.key('Q');
            return null;
        });
        assertThat(fx(() -> model.nothingFoundProperty().get())).isNotNull();
        h.layout();
        assertThat(shown("#policy-none")).isTrue();
        assertThat(text("#policy-none")).startsWith("没有找到");
        snapshot("policy-search-none");
        assertNoViolations(new AccessibilityWalker(h).walk(List.of(search),
                List.of(Mode.LARGE, Mode.ENGLISH_LARGE_WITH_ERROR, Mode.NORMAL_WITH_ERROR)));
    }

    @Test
    void secondPageOfTheListPassesTheWalker() throws Exception {
        Screen list = fx(() -> h.ui.registry().get(PolicyScreen.ID));
        fx(() -> {
            h.ui.navigator().goTo(PolicyScreen.ID);
            ((PolicyViewModel) list.model()).next();
            return null;
        });
        assertNoViolations(new AccessibilityWalker(h).walk(List.of(list), List.of(Mode.NORMAL, Mode.LARGE_WITH_ERROR)));
    }

    @Test
    void everyPageOfEveryArticleFitsAboveTheBottomBarInBothSizesWithAndWithoutAnError() throws Exception {
        Screen articleScreen = fx(() -> h.ui.registry().get(PolicyArticleScreen.ID));
        PolicyArticleViewModel model = (PolicyArticleViewModel) articleScreen.model();
        PolicyViewModel list = fx(() -> (PolicyViewModel) h.ui.registry().get(PolicyScreen.ID).model());
        int pagesSeen = 0;
        for (PolicyArticle article : KioskUiHarness.POLICY.articles()) {
            for (boolean large : new boolean[] {false, true}) {
                for (boolean error : new boolean[] {false, true}) {
                    fx(() -> {
                        h.ui.navigator().goTo(PolicyScreen.ID);
                        list.open(article);
                        h.ui.session().largeTextProperty().set(large);
                        if (error) {
                            model.showError(io.anxin.kiosk.ui.Message.of("walker.test-error"));
                        }
                        return null;
                    });
                    settle();
                    int pages = fx(() -> model.pagesProperty().get());
                    if (article.id().equals("chronic-disease") && error) {
                        snapshot("policy-article-chronic-error");
                    }
                    for (int p = 1; p <= pages; p++) {
                        String where = article.id() + (large ? " large" : " normal") + (error ? " error" : "")
                                + " page " + p + "/" + pages;
                        Bounds text = fx(() -> SceneQueries.sceneBounds(lookup("#policy-page-text")));
                        Bounds bar = fx(() -> SceneQueries.sceneBounds(lookup("#nav-back")));
                        Bounds side = fx(() -> SceneQueries.sceneBounds(lookup("#policy-read")));
                        assertThat(text.getMaxY()).as(where).isLessThanOrEqualTo(bar.getMinY() - 8);
                        assertThat(text.getMaxX()).as(where).isLessThan(side.getMinX());
                        assertThat(fx(() -> ((Labeled) lookup("#policy-page-text")).getText())).as(where).isNotBlank();
                        pagesSeen++;
                        fx(() -> {
                            model.next();
                            return null;
                        });
                        settle();
                    }
                }
            }
        }
        fx(() -> {
            h.ui.session().largeTextProperty().set(false);
            return null;
        });
        assertThat(pagesSeen).isGreaterThan(KioskUiHarness.POLICY.articles().size() * 4);
    }

    private void assertNoViolations(List<Violation> violations) {
        assertThat(violations).withFailMessage(() -> violations.size() + " violations:\n"
                + String.join("\n", violations.stream().map(Violation::toString).toList())).isEmpty();
    }

    /** Renders the current state in both text sizes into target/screenshots for a person to look at. */
    private void snapshot(String name) throws Exception {
        boolean large = fx(() -> h.ui.session().largeTextProperty().get());
        for (boolean l : new boolean[] {false, true}) {
            fx(() -> {
                h.ui.session().largeTextProperty().set(l);
                return null;
            });
            settle();
            fx(() -> io.anxin.kiosk.ui.support.Snapshots.write(h.ui.scene(), name + (l ? "-large" : "")));
        }
        fx(() -> {
            h.ui.session().largeTextProperty().set(large);
            return null;
        });
        settle();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            h.layout();
        }
    }

    private void click(String query) throws Exception {
        Node node = fx(() -> lookup(query));
        assertThat(node).as(query).isNotNull();
        robot.clickOn(node, Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        h.layout();
    }

    private Node lookup(String query) {
        return h.ui.scene().getRoot().lookup(query);
    }

    private String currentId() throws Exception {
        return fx(() -> h.ui.navigator().current().id());
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) lookup(query)).getText());
    }

    private boolean shown(String query) throws Exception {
        return fx(() -> lookup(query) != null && SceneQueries.shown(lookup(query)));
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return KioskUiHarness.onFx(work);
    }
}
