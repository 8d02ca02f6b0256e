package io.anxin.kiosk.ui.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.scene.Node;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.service.ReceiptPrinting;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.service.identify.IdentifyEvent;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SatisfactionStore;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.ScreenRegistry;
import io.anxin.kiosk.ui.SubmissionOutcome;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.RecordingVoice;

/** The completion view models without a stage: real services over H2, printer doubles, a task runner the test drives. */
class CompletionViewModelsTest {

    private static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"),
            IdNumber.parse("370102195203154320"), IdentityMethod.CARD, Optional.empty());
    private static final ResidentIdentity KEYED = new ResidentIdentity(Optional.empty(),
            IdNumber.parse("370102195203154320"), IdentityMethod.KEYED, Optional.empty());

    @TempDir
    Path dir;

    /** Holds tasks until the test runs them, as the worker would later. */
    static final class QueuedTasks implements TaskRunner {
        final Deque<Runnable> queue = new ArrayDeque<>();
        boolean immediate = true;

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            Runnable r = () -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            };
            if (immediate) {
                r.run();
            } else {
                queue.add(r);
            }
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    static final class Printer implements ReceiptPrinter {
        final List<Receipt> printed = new ArrayList<>();
        PrinterFailure failure;

        @Override
        public void print(Receipt receipt) {
            if (failure != null) {
                throw new PrinterException(failure, "test printer: " + failure);
            }
            printed.add(receipt);
        }

        @Override
        public void printSlip(String name, BufferedImage image) {
        }

        @Override
        public int paperWidthDots() {
            return 576;
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.READY;
        }
    }

    static final class PlainScreen extends BaseScreen<ScreenModel> {
        PlainScreen(String id) {
            super(id, Audience.RESIDENT, "nav.home", new ScreenModel() { });
        }

        @Override
        protected Node buildView() {
            throw new AssertionError("no view in a view-model test");
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final RecordingVoice voice = new RecordingVoice();
    private final QueuedTasks tasks = new QueuedTasks();
    private final Printer printer = new Printer();
    private final AtomicInteger ended = new AtomicInteger();
    private Database db;
    private FileSubmission filing;
    private ScreenRegistry registry;
    private Navigator navigator;
    private ResidentSession session;
    private CardSessionController cards;
    private ReceiptViewModel receipt;
    private SatisfactionViewModel satisfaction;
    private TakeCardViewModel takeCard;
    private CompletionFlow completion;

    @BeforeEach
    void build() {
        db = Database.open(dir.resolve("db"));
        filing = new FileSubmission(new SubmissionStore(db.dataSource()), clock, "TEST-01");
        Catalogs catalogs = new CatalogLoader().load(Path.of("kiosk-config"));
        ReceiptPrinting printing = new ReceiptPrinting(printer, catalogs.services(), catalogs.hall(), clock.getZone(),
                new AuditLog(db.dataSource(), clock, "TEST-01"));
        SatisfactionSurvey survey = new SatisfactionSurvey(new SatisfactionStore(db.dataSource()), clock, "TEST-01");
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        registry = new ScreenRegistry();
        navigator = new Navigator(registry, voice, "attract", "home");
        session = new ResidentSession(i18n, voice, registry);
        Runnable endSession = () -> {
            ended.incrementAndGet();
            session.end();
            navigator.toRoot();
        };
        cards = new CardSessionController(navigator, session, voice, clock, endSession, "home", "home", m -> { });
        receipt = new ReceiptViewModel(printing, i18n, navigator, voice, tasks, SatisfactionScreen.ID);
        satisfaction = new SatisfactionViewModel(survey, navigator, tasks, TakeCardScreen.ID);
        takeCard = new TakeCardViewModel(session, cards, receipt::printed, endSession, TakeCardScreen.ID);
        registry.register(new PlainScreen("attract"));
        registry.register(new PlainScreen("home"));
        registry.register(new PlainScreen("confirm"));
        registry.register(new ReceiptScreen(i18n, receipt));
        registry.register(new SatisfactionScreen(i18n, satisfaction));
        registry.register(new TakeCardScreen(i18n, takeCard));
        completion = new CompletionFlow(navigator, receipt, satisfaction);
        navigator.toRoot();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SubmissionOutcome submit(ResidentIdentity who) {
        cards.identified(who);
        navigator.goTo("confirm");
        FiledSubmission filed = filing.file("remote-care.filing", who, Map.of());
        return new SubmissionOutcome(filed, ServiceCode.REMOTE_CARE_FILING, List.of("预计 2026年11月25日 前办结"), false);
    }

    private long satisfactionRows() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM satisfaction")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aReceiptIsPrintedOnceSpokenOnceAndBackLeadsHome() {
        SubmissionOutcome outcome = submit(CARD);
        completion.submitted(outcome);

        assertThat(navigator.current().id()).isEqualTo(ReceiptScreen.ID);
        assertThat(receipt.stateProperty().get()).isEqualTo(ReceiptViewModel.State.PRINTED);
        assertThat(printer.printed).singleElement().satisfies(r -> {
            assertThat(r.acceptanceNo()).isEqualTo(outcome.filed().acceptanceNo());
            assertThat(r.nextSteps()).containsExactly("预计 2026年11月25日 前办结");
        });
        assertThat(voice.spokenKeys()).containsOnlyOnce("prompt.receipt.printed");

        navigator.goTo("confirm");
        navigator.back();
        assertThat(printer.printed).as("coming back does not print again").hasSize(1);
        navigator.back();
        assertThat(navigator.current().id()).isEqualTo("home");
    }

    @Test
    void aResultThatComesLaterIsSpokenThenAndAFailureKeepsTheNumber() {
        tasks.immediate = false;
        printer.failure = PrinterFailure.OFFLINE;
        SubmissionOutcome outcome = submit(KEYED);
        completion.submitted(outcome);
        assertThat(receipt.stateProperty().get()).isEqualTo(ReceiptViewModel.State.PRINTING);
        assertThat(voice.spokenKeys()).endsWith("prompt.receipt.printing");
        receipt.next();
        assertThat(navigator.current().id()).as("no next step while printing").isEqualTo(ReceiptScreen.ID);

        tasks.runAll();

        assertThat(receipt.stateProperty().get()).isEqualTo(ReceiptViewModel.State.FAILED);
        assertThat(receipt.problemProperty().get()).isEqualTo(ReceiptPrinting.Problem.OFFLINE);
        assertThat(receipt.acceptanceNoProperty().get()).isEqualTo(outcome.filed().acceptanceNo());
        RecordingVoice.Event last = voice.events().get(voice.events().size() - 1);
        assertThat(last.key()).isEqualTo("prompt.receipt.failed");
        assertThat(last.prompt().args()).containsExactly("回执没有打印出来：打印机没有连接。", outcome.filed().acceptanceNo());
        assertThat(voice.events().get(voice.events().size() - 2).type()).isEqualTo(RecordingVoice.Type.CANCEL);
        receipt.repeatNumber();
        assertThat(voice.spokenKeys()).endsWith("prompt.receipt.number");
        assertThat(receipt.printed()).isFalse();
    }

    @Test
    void aResultForAVisitThatEndedMeanwhileIsDropped() {
        tasks.immediate = false;
        completion.submitted(submit(CARD));
        session.end();
        tasks.runAll();
        assertThat(receipt.stateProperty().get()).isEqualTo(ReceiptViewModel.State.IDLE);
        assertThat(receipt.acceptanceNoProperty().get()).isEmpty();
        assertThat(voice.spokenKeys()).doesNotContain("prompt.receipt.printed");
    }

    @Test
    void oneAnswerIsStoredPerServiceEvenWithADoubleTap() throws Exception {
        tasks.immediate = false;
        completion.finished(ServiceCode.QUERY_ACCOUNT);
        assertThat(navigator.current().id()).isEqualTo(SatisfactionScreen.ID);
        satisfaction.answer(SatisfactionRating.UNSATISFIED);
        satisfaction.answer(SatisfactionRating.SATISFIED);
        assertThat(satisfaction.busyProperty().get()).isTrue();
        tasks.runAll();
        assertThat(satisfactionRows()).isEqualTo(1);
        assertThat(new SatisfactionSurvey(new SatisfactionStore(db.dataSource()), clock, "TEST-01")
                .month(java.time.YearMonth.of(2026, 11))).containsOnlyKeys("query.account")
                .extractingByKey("query.account").satisfies(m -> assertThat(m.get(SatisfactionRating.UNSATISFIED)).isEqualTo(1L));
        assertThat(navigator.current().id()).isEqualTo(TakeCardScreen.ID);

        navigator.back();
        satisfaction.answer(SatisfactionRating.SATISFIED);
        tasks.runAll();
        assertThat(satisfactionRows()).as("back and tap again: still one answer").isEqualTo(1);
    }

    @Test
    void skipStoresNothing() throws Exception {
        completion.finished(ServiceCode.POLICY_ASK);
        satisfaction.skip();
        assertThat(satisfactionRows()).isZero();
        assertThat(navigator.current().id()).isEqualTo(TakeCardScreen.ID);
    }

    @Test
    void withACardTakingItEndsTheVisitOnlyOnTheTakeCardScreen() {
        completion.submitted(submit(CARD));
        receipt.next();
        cards.on(new IdentifyEvent.CardRemoved());
        assertThat(cards.pausedProperty().get()).as("on the satisfaction screen a pulled card pauses").isTrue();
        cards.on(new IdentifyEvent.Identified(CARD));
        satisfaction.skip();

        assertThat(navigator.current().id()).isEqualTo(TakeCardScreen.ID);
        assertThat(takeCard.takeProperty().get()).isEqualTo(TakeCardViewModel.Take.CARD_AND_RECEIPT);
        assertThat(takeCard.cardInSlotProperty().get()).isTrue();
        assertThat(voice.spokenKeys()).endsWith("prompt.take.card");
        cards.on(new IdentifyEvent.CardRemoved());

        assertThat(cards.pausedProperty().get()).isFalse();
        assertThat(ended.get()).isEqualTo(1);
        assertThat(navigator.atRoot()).isTrue();
        assertThat(session.identity()).isNull();
    }

    @Test
    void withoutACardOrReceiptTheScreenSaysGoodbyeAndDoneEnds() {
        cards.identified(KEYED);
        completion.finished(ServiceCode.QUERY_PROGRESS);
        satisfaction.skip();
        assertThat(takeCard.takeProperty().get()).isEqualTo(TakeCardViewModel.Take.NOTHING);
        assertThat(takeCard.cardInSlotProperty().get()).isFalse();
        assertThat(voice.spokenKeys()).endsWith("prompt.take.card.nothing");
        takeCard.done();
        assertThat(ended.get()).isEqualTo(1);
        assertThat(navigator.atRoot()).isTrue();
    }

    @Test
    void aFailedReceiptWithACardAsksForTheCardOnly() {
        printer.failure = PrinterFailure.PAPER_OUT;
        completion.submitted(submit(CARD));
        receipt.next();
        satisfaction.skip();
        assertThat(takeCard.takeProperty().get()).isEqualTo(TakeCardViewModel.Take.CARD);
        assertThat(voice.spokenKeys()).endsWith("prompt.take.card.card");
    }
}
