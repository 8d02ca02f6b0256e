package io.anxin.kiosk.ui.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.query.FakeLiveData;
import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.service.query.SlipPrinter;
import io.anxin.kiosk.service.query.TestQueries;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenRegistry;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.RecordingVoice;

/** The query view models without a stage: real services over a test database, a task runner the test drives. */
class QueryViewModelsTest {

    static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse("370102195203154320"),
            IdentityMethod.CARD, Optional.empty());

    /** Keeps work until the test runs it, as a worker thread would finish later. */
    static final class LaterTasks implements TaskRunner {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            waiting.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void finishAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    @TempDir
    Path dir;

    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    final RecordingVoice voice = new RecordingVoice();
    final FakeLiveData live = new FakeLiveData();
    final LaterTasks tasks = new LaterTasks();
    final ScreenRegistry registry = new ScreenRegistry();
    final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    Navigator navigator;
    ResidentSession session;
    AccountViewModel account;
    ProgressViewModel progress;
    ProgressNumberViewModel number;

    @BeforeEach
    void build() {
        db = Database.open(dir.resolve("db"));
        QueryServices services = TestQueries.over(db, live, new SlipPrinter(), new AuditLog(db.dataSource(), clock, "TEST-01"),
                clock, "TEST-01");
        navigator = new Navigator(registry, voice, "account", "progress");
        session = new ResidentSession(i18n, voice, registry);
        account = new AccountViewModel(services.lookup(), session, navigator, tasks, voice, clock.getZone());
        progress = new ProgressViewModel(services.progress(), session, navigator, tasks, voice, clock.getZone());
        number = new ProgressNumberViewModel(services.progress(), "TEST-01", session, navigator, tasks, voice, clock);
        registry.register(new AccountScreen(i18n, account));
        registry.register(new ProgressScreen(i18n, progress));
        registry.register(new ProgressNumberScreen(i18n, number));
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 9));
        session.identityProperty().set(CARD);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAnswerThatComesAfterTheArrivalPromptIsSpokenAndShown() {
        navigator.goTo(AccountScreen.ID);
        assertThat(account.leadProperty().get().key()).isEqualTo("query.loading");
        assertThat(lastSpoken().key()).isEqualTo("query.loading");
        tasks.finishAll();
        assertThat(account.shownProperty().get()).isTrue();
        assertThat(account.balanceProperty().get()).isEqualTo("1234.50");
        assertThat(lastSpoken().key()).isEqualTo("account.say.live");
        assertThat(account.spendingProperty()).hasSize(AccountViewModel.PAGE_SIZE);
        assertThat(account.pager().pagesProperty().get()).isEqualTo(3);
        account.nextPage();
        account.nextPage();
        assertThat(account.spendingProperty()).hasSize(1);
        assertThat(account.pager().hasNextProperty().get()).isFalse();
        account.nextPage();
        assertThat(account.pager().pageProperty().get()).isEqualTo(3);
    }

    @Test
    void theBalanceIsSpokenAsMoney() {
        navigator.goTo(AccountScreen.ID);
        tasks.finishAll();
        String said = i18n.text(lastSpoken().key(), lastSpoken().prompt().args().toArray());
        assertThat(said).contains("1234.50元");
        assertThat(new io.anxin.kiosk.voice.SpeechNormalizer().normalize(said, Locale.SIMPLIFIED_CHINESE))
                .contains("一千二百三十四元五角").doesNotContain("1234");
        live.failure = io.anxin.kiosk.service.live.LiveDataFailure.OFFLINE;
        account.retry();
        tasks.finishAll();
        String cached = i18n.text(lastSpoken().key(), lastSpoken().prompt().args().toArray());
        assertThat(cached).contains("截至2026年11月22日 09:30").contains("1234.50元");
        assertThat(new io.anxin.kiosk.voice.SpeechNormalizer().normalize(cached, Locale.SIMPLIFIED_CHINESE))
                .contains("一千二百三十四元五角").contains("九点三十分");
    }

    @Test
    void anAnswerThatComesAfterTheVisitEndedIsDroppedSoNothingReentersTheWipedModel() {
        navigator.goTo(AccountScreen.ID);
        session.end();
        tasks.finishAll();
        assertThat(account.shownProperty().get()).isFalse();
        assertThat(account.balanceProperty().get()).isEmpty();
        assertThat(account.spendingProperty()).isEmpty();
        assertThat(account.chronicProperty()).isEmpty();
        assertThat(voice.events()).noneSatisfy(e -> assertThat(e.key()).isEqualTo("account.say.live"));
    }

    @Test
    void anAnswerForAScreenTheResidentLeftIsNotSpokenOverTheNextOne() {
        navigator.goTo(AccountScreen.ID);
        navigator.goTo(ProgressNumberScreen.ID);
        voice.clearEvents();
        tasks.finishAll();
        assertThat(voice.events()).noneSatisfy(e -> assertThat(e.key()).isEqualTo("account.say.live"));
    }

    @Test
    void progressShowsThreeAPageInNormalTextAndOneInLargeText() {
        FileSubmission files = new FileSubmission(new SubmissionStore(db.dataSource()), clock, "TEST-01");
        for (int i = 0; i < 4; i++) {
            files.file("remote-care.filing", CARD, Map.of());
        }
        navigator.goTo(ProgressScreen.ID);
        tasks.finishAll();
        assertThat(progress.linesProperty()).hasSize(ProgressViewModel.PAGE_SIZE);
        assertThat(progress.pager().pagesProperty().get()).isEqualTo(2);
        session.largeTextProperty().set(true);
        assertThat(progress.linesProperty()).hasSize(ProgressViewModel.LARGE_PAGE_SIZE);
        assertThat(progress.pager().pagesProperty().get()).isEqualTo(4);
        assertThat(progress.leadProperty().get().key()).isEqualTo("progress.mine");
        assertThat(progress.linesProperty().get(0).state().key()).isEqualTo("progress.stage.waiting");
    }

    @Test
    void theKeypadFillsTheFixedPartsAndKeepsTheDateWithinAYearUpToToday() {
        navigator.goTo(ProgressNumberScreen.ID);
        assertThat(number.numberProperty().get()).isEqualTo("TEST-01-20261122-____");
        number.key('0');
        number.key('x');
        number.key('3');
        assertThat(number.numberProperty().get()).isEqualTo("TEST-01-20261122-03__");
        assertThat(lastSpoken().key()).isEqualTo("progress-number.typed");
        assertThat(lastSpoken().prompt().args()).containsExactly("03");
        number.search();
        assertThat(number.errorProperty().get().key()).isEqualTo("progress-number.error.short");
        assertThat(number.errorProperty().get().args()).containsExactly(2);
        number.key('1');
        number.key('2');
        number.key('9');
        assertThat(number.errorProperty().get().key()).isEqualTo("progress-number.error.full");
        number.nextDay();
        assertThat(number.errorProperty().get().key()).isEqualTo("progress-number.error.future");
        number.previousDay();
        assertThat(number.dayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(number.numberProperty().get()).isEqualTo("TEST-01-20261121-0312");
        for (int i = 0; i < 400; i++) {
            number.previousDay();
        }
        assertThat(number.dayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 22).minusDays(365));
        assertThat(number.errorProperty().get().key()).isEqualTo("progress-number.error.too-old");
        number.delete();
        assertThat(number.numberProperty().get()).endsWith("-031_");
        number.clear();
        assertThat(number.numberProperty().get()).endsWith("-____");
    }

    @Test
    void aKeyedIdentityIsNeverSentToTheCentre() {
        session.identityProperty().set(new ResidentIdentity(Optional.empty(), CARD.idNumber(), IdentityMethod.KEYED,
                Optional.empty()));
        navigator.goTo(AccountScreen.ID);
        tasks.finishAll();
        assertThat(account.needsIdentityProperty().get()).isTrue();
        assertThat(account.leadProperty().get().key()).isEqualTo("query.not-verified");
        assertThat(live.calls.get()).isZero();
    }

    private RecordingVoice.Event lastSpoken() {
        return voice.events().stream().filter(e -> e.type() == RecordingVoice.Type.SPEAK).reduce((a, b) -> b).orElseThrow();
    }
}
