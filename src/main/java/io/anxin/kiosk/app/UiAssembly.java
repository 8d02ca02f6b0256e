package io.anxin.kiosk.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.scene.Scene;

import io.anxin.kiosk.domain.ChronicDiseaseRules;
import io.anxin.kiosk.domain.ReimbursementRules;
import io.anxin.kiosk.domain.RemoteCareRules;
import io.anxin.kiosk.domain.WorkingDayCalendar;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.PanelSignals;
import io.anxin.kiosk.service.hall.HallDesk;
import io.anxin.kiosk.service.payment.ContributionPayment;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.ui.ServiceCompletion;
import io.anxin.kiosk.ui.flow.FlowScreen;
import io.anxin.kiosk.ui.flow.FlowViewModel;
import io.anxin.kiosk.ui.flow.ServiceFlow;
import io.anxin.kiosk.ui.resident.ServicesScreen;
import io.anxin.kiosk.ui.resident.ServicesViewModel;
import io.anxin.kiosk.ui.resident.flows.ChronicFlow;
import io.anxin.kiosk.ui.resident.flows.ContributionFlow;
import io.anxin.kiosk.ui.resident.flows.EnrollFlow;
import io.anxin.kiosk.ui.resident.flows.InfoChangeFlow;
import io.anxin.kiosk.ui.resident.flows.ReimbursementFlow;
import io.anxin.kiosk.ui.resident.flows.RemoteCareFlow;
import io.anxin.kiosk.service.ReceiptPrinting;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.service.identify.DemoCardSlot;
import io.anxin.kiosk.service.identify.EvoucherResolver;
import io.anxin.kiosk.service.identify.IdentifyEvent;
import io.anxin.kiosk.service.policy.PolicySearch;
import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.IdleGuard;
import io.anxin.kiosk.ui.KioskShell;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScaledViewport;
import io.anxin.kiosk.ui.ScannerInput;
import io.anxin.kiosk.ui.ScreenRegistry;
import io.anxin.kiosk.ui.ServiceCompletion;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.ui.Theme;
import io.anxin.kiosk.ui.UiSettings;
import io.anxin.kiosk.ui.demo.DemoNetwork;
import io.anxin.kiosk.ui.demo.DemoPanelScreen;
import io.anxin.kiosk.ui.demo.DemoPanelViewModel;
import io.anxin.kiosk.ui.resident.AttractScreen;
import io.anxin.kiosk.ui.resident.AttractViewModel;
import io.anxin.kiosk.ui.resident.CallStaffScreen;
import io.anxin.kiosk.ui.resident.CallStaffViewModel;
import io.anxin.kiosk.ui.resident.CompletionFlow;
import io.anxin.kiosk.ui.resident.EvoucherScreen;
import io.anxin.kiosk.ui.resident.EvoucherViewModel;
import io.anxin.kiosk.ui.resident.GreetingScreen;
import io.anxin.kiosk.ui.resident.GreetingViewModel;
import io.anxin.kiosk.ui.resident.HomeScreen;
import io.anxin.kiosk.ui.resident.HomeViewModel;
import io.anxin.kiosk.ui.resident.IdentifyScreen;
import io.anxin.kiosk.ui.resident.IdentifyViewModel;
import io.anxin.kiosk.ui.resident.KeyedIdScreen;
import io.anxin.kiosk.ui.resident.KeyedIdViewModel;
import io.anxin.kiosk.ui.resident.queue.QueueChoiceScreen;
import io.anxin.kiosk.ui.resident.queue.QueueChoiceViewModel;
import io.anxin.kiosk.ui.resident.queue.TicketScreen;
import io.anxin.kiosk.ui.resident.queue.TicketViewModel;
import io.anxin.kiosk.ui.resident.policy.PolicyArticleScreen;
import io.anxin.kiosk.ui.resident.policy.PolicyArticleViewModel;
import io.anxin.kiosk.ui.resident.policy.PolicyDesk;
import io.anxin.kiosk.ui.resident.policy.PolicyScreen;
import io.anxin.kiosk.ui.resident.policy.PolicySearchScreen;
import io.anxin.kiosk.ui.resident.policy.PolicySearchViewModel;
import io.anxin.kiosk.ui.resident.policy.PolicyViewModel;
import io.anxin.kiosk.ui.resident.ReceiptScreen;
import io.anxin.kiosk.ui.resident.ReceiptViewModel;
import io.anxin.kiosk.ui.resident.SatisfactionScreen;
import io.anxin.kiosk.ui.resident.SatisfactionViewModel;
import io.anxin.kiosk.ui.resident.TakeCardScreen;
import io.anxin.kiosk.ui.resident.TakeCardViewModel;
import io.anxin.kiosk.ui.resident.AccountScreen;
import io.anxin.kiosk.ui.resident.CertificateScreen;
import io.anxin.kiosk.ui.resident.ProgressScreen;
import io.anxin.kiosk.ui.resident.QueryScreens;
import io.anxin.kiosk.ui.technician.TechnicianMenuScreen;
import io.anxin.kiosk.ui.technician.TechnicianMenuViewModel;
import io.anxin.kiosk.ui.technician.TechnicianPinScreen;
import io.anxin.kiosk.ui.technician.TechnicianPinViewModel;
import io.anxin.kiosk.voice.Voice;

/**
 * Builds the whole resident UI object graph from its collaborators: every screen is registered here
 * and nowhere else. The application and the UI tests both use it, so tests walk the real screens.
 * FX thread only.
 */
public final class UiAssembly {

    /** The services the screens need; each is built by the composition root. */
    public record Services(HelpRequests help, TechnicianAccess technician, TechnicianMenuViewModel.StatusSource status,
                           EvoucherResolver evoucher, Optional<DemoCardSlot> demoCards, Catalogs catalogs,
                           FileSubmission filing, Optional<ContributionPayment> payment, CompletableFuture<PolicySearch> policy,
                           ReceiptPrinting receipts, SatisfactionSurvey satisfaction, QueryServices queries,
                           Optional<DemoNetwork> demoNetwork, Optional<HallDesk> hall, PanelSignals panel) {

        /** A kiosk whose only GPIO panel is its hall desk's (tests), or none. */
        public Services(HelpRequests help, TechnicianAccess technician, TechnicianMenuViewModel.StatusSource status,
                        EvoucherResolver evoucher, Optional<DemoCardSlot> demoCards, Catalogs catalogs,
                        FileSubmission filing, Optional<ContributionPayment> payment, CompletableFuture<PolicySearch> policy,
                        ReceiptPrinting receipts, SatisfactionSurvey satisfaction, QueryServices queries,
                        Optional<DemoNetwork> demoNetwork, Optional<HallDesk> hall) {
            this(help, technician, status, evoucher, demoCards, catalogs, filing, payment, policy, receipts, satisfaction,
                    queries, demoNetwork, hall, new PanelSignals(hall.map(HallDesk::panel)
                            .orElseGet(() -> new io.anxin.kiosk.device.panel.NoHallPanel("no panel"))));
        }

        /** A kiosk with no hall ({@code hall.role=standalone}): no 取号排队, help requests recorded locally. */
        public Services(HelpRequests help, TechnicianAccess technician, TechnicianMenuViewModel.StatusSource status,
                        EvoucherResolver evoucher, Optional<DemoCardSlot> demoCards, Catalogs catalogs,
                        FileSubmission filing, Optional<ContributionPayment> payment, CompletableFuture<PolicySearch> policy,
                        ReceiptPrinting receipts, SatisfactionSurvey satisfaction, QueryServices queries,
                        Optional<DemoNetwork> demoNetwork) {
            this(help, technician, status, evoucher, demoCards, catalogs, filing, payment, policy, receipts, satisfaction,
                    queries, demoNetwork, Optional.empty());
        }
    }

    /** Screens on which a QR scanner's input is taken as an e-voucher. */
    private static final Set<String> SCAN_SCREENS = Set.of(IdentifyScreen.ID, EvoucherScreen.ID, KeyedIdScreen.ID);

    private final I18n i18n;
    private final ScreenRegistry registry = new ScreenRegistry();
    private final Navigator navigator;
    private final ResidentSession session;
    private final CardSessionController cards;
    private final IdleGuard idleGuard;
    private final KioskShell shell;
    private final Scene scene;
    private final ServiceCompletion completion;
    private final AttractViewModel attract;
    private final CallStaffViewModel callStaff;

    public UiAssembly(UiSettings settings, Voice voice, Clock clock, TaskRunner tasks, Services services, Runnable quit) {
        i18n = new I18n(settings.locale());
        navigator = new Navigator(registry, voice, AttractScreen.ID, HomeScreen.ID);
        session = new ResidentSession(i18n, voice, registry);
        IdentifyViewModel identify;
        cards = new CardSessionController(navigator, session, voice, clock, this::endSession, IdentifyScreen.ID,
                GreetingScreen.ID, message -> {
                    navigator.goTo(IdentifyScreen.ID);
                    registry.get(IdentifyScreen.ID).model().showError(message);
                });
        idleGuard = new IdleGuard(clock, settings.idleSeconds(), settings.idleWarningSeconds(), voice,
                () -> !navigator.atRoot() && !cards.pausedProperty().get(), this::endSession);
        EvoucherViewModel evoucher = new EvoucherViewModel(services.evoucher(), cards, tasks);
        ScannerInput scanner = new ScannerInput(System::nanoTime);

        attract = new AttractViewModel(navigator, voice, clock);
        registry.register(new AttractScreen(i18n, attract));
        registry.register(new HomeScreen(i18n, session, new HomeViewModel(i18n, session, navigator, this::endSession,
                services.hall().map(h -> QueueChoiceScreen.ID))));
        services.hall().ifPresent(desk -> {
            TicketViewModel ticket = new TicketViewModel(desk, i18n, navigator, voice, tasks);
            registry.register(new QueueChoiceScreen(i18n, new QueueChoiceViewModel(desk, session, clock, navigator, ticket)));
            registry.register(new TicketScreen(i18n, ticket));
        });
        identify = new IdentifyViewModel(cards, navigator);
        registry.register(new IdentifyScreen(i18n, identify));
        registry.register(new EvoucherScreen(i18n, evoucher));
        registry.register(new KeyedIdScreen(i18n, new KeyedIdViewModel(cards, voice, clock)));
        ReceiptViewModel receipt = new ReceiptViewModel(services.receipts(), i18n, navigator, voice, tasks, SatisfactionScreen.ID);
        SatisfactionViewModel satisfaction = new SatisfactionViewModel(services.satisfaction(), navigator, tasks, TakeCardScreen.ID);
        registry.register(new ReceiptScreen(i18n, receipt));
        registry.register(new SatisfactionScreen(i18n, satisfaction));
        registry.register(new TakeCardScreen(i18n, new TakeCardViewModel(session, cards, receipt::printed, this::endSession,
                TakeCardScreen.ID)));
        completion = new CompletionFlow(navigator, receipt, satisfaction);
        FlowViewModel flowModel = new FlowViewModel(i18n, session, tasks, voice, completion,
                () -> navigator.goTo(FlowScreen.ID), navigator::speakCurrentPrompt);
        registry.register(new FlowScreen(i18n, flowModel));
        ServicesViewModel servicesModel = new ServicesViewModel(services.catalogs().services().enabled(),
                flows(services, clock), Map.of(
                        ServiceCode.POLICY_ASK, new ServicesViewModel.ScreenService(PolicyScreen.ID, false),
                        ServiceCode.QUERY_ACCOUNT, new ServicesViewModel.ScreenService(AccountScreen.ID, true),
                        ServiceCode.QUERY_PROGRESS, new ServicesViewModel.ScreenService(ProgressScreen.ID, true),
                        ServiceCode.PRINT_CERTIFICATE, new ServicesViewModel.ScreenService(CertificateScreen.ID, true)),
                session, navigator, flowModel, IdentifyScreen.ID);
        registry.register(new ServicesScreen(i18n, servicesModel));
        registry.register(new GreetingScreen(i18n, new GreetingViewModel(session, servicesModel::afterIdentified, clock,
                settings.elderlyAge())));
        callStaff = new CallStaffViewModel(services.help(), services.hall().map(HallDesk::help), navigator, tasks, voice);
        registry.register(new CallStaffScreen(i18n, callStaff));
        registry.register(new TechnicianPinScreen(i18n, new TechnicianPinViewModel(services.technician(), navigator,
                tasks, voice, TechnicianMenuScreen.ID)));
        registry.register(new TechnicianMenuScreen(i18n, new TechnicianMenuViewModel(services.status(),
                services.technician(), navigator, tasks, quit)));
        PolicyDesk policy = new PolicyDesk(services.policy(), tasks);
        PolicySearchViewModel policySearch = new PolicySearchViewModel(policy, navigator, voice);
        registry.register(new PolicyScreen(i18n, new PolicyViewModel(policy, policySearch, navigator, voice)));
        registry.register(new PolicySearchScreen(i18n, policySearch));
        registry.register(new PolicyArticleScreen(i18n, new PolicyArticleViewModel(policy, voice, i18n)));
        QueryScreens.create(i18n, session, navigator, tasks, voice, clock, services.queries()).forEach(registry::register);
        services.demoCards().ifPresent(slot -> registry.register(new DemoPanelScreen(i18n,
                new DemoPanelViewModel(slot, navigator, clock, token -> scanned(evoucher, token), tasks,
                        services.demoNetwork()))));

        navigator.currentProperty().addListener((obs, old, now) ->
                scanner.setSink(now != null && SCAN_SCREENS.contains(now.id()) ? token -> scanned(evoucher, token) : null));
        shell = new KioskShell(i18n, navigator, session, voice, idleGuard, cards, scanner, clock,
                services.demoCards().isPresent() ? DemoPanelScreen.ID : null);
        Theme theme = new Theme(settings.scale());
        scene = new Scene(new ScaledViewport(shell), ScaledViewport.WIDTH, ScaledViewport.HEIGHT);
        theme.install(scene);
        Runnable restyle = () -> theme.apply(scene.getRoot(), session.largeTextProperty().get(),
                session.highContrastProperty().get());
        session.largeTextProperty().addListener((obs, o, n) -> restyle.run());
        session.highContrastProperty().addListener((obs, o, n) -> restyle.run());
        restyle.run();
        navigator.toRoot();
        services.panel().onPanel(new PanelSignals.Events() {
            @Override
            public void helpPressed() {
                javafx.application.Platform.runLater(UiAssembly.this::helpButtonPressed);
            }

            @Override
            public void personArrived() {
                javafx.application.Platform.runLater(attract::personArrived);
            }
        });
    }

    /** The hall panel's help button: the same help call as 呼叫工作人员, for the screen the kiosk is on. */
    private void helpButtonPressed() {
        if (navigator.current() != null && navigator.current().id().equals(KioskShell.CALL_STAFF_SCREEN)) {
            navigator.speakCurrentPrompt();
        } else {
            navigator.goTo(KioskShell.CALL_STAFF_SCREEN);
        }
    }

    /** A change from the hall's feed ({@code HallFeed}), on the FX thread. */
    public void onHallEvent(HallEvent event) {
        callStaff.onHallEvent(event);
    }

    /** A board from the hall's feed (on connecting and after the node comes back), on the FX thread. */
    public void onHallBoard(HallBoard board) {
        callStaff.onHallBoard(board);
    }

    /** Every step-by-step service, with the rules and catalogs it needs. */
    private static List<ServiceFlow> flows(Services services, Clock clock) {
        Catalogs c = services.catalogs();
        WorkingDayCalendar calendar = new WorkingDayCalendar(c.calendar());
        List<ServiceFlow> flows = new java.util.ArrayList<>(List.of(
                new RemoteCareFlow(new RemoteCareRules(c.destinations(), clock), c.destinations(), c.hospitals(),
                        services.filing(), clock),
                new ChronicFlow(new ChronicDiseaseRules(calendar, c.hall().residentReviewDay()), c.diseases(),
                        services.filing(), clock),
                new ReimbursementFlow(new ReimbursementRules(clock), c.hospitals(), services.filing(), clock),
                new EnrollFlow(c.contributions(), c.services(), services.filing(), clock),
                new InfoChangeFlow(services.filing())));
        services.payment().ifPresent(p -> flows.add(new ContributionFlow(c.contributions(), p, clock)));
        return flows;
    }

    private void scanned(EvoucherViewModel evoucher, String token) {
        if (!navigator.current().id().equals(EvoucherScreen.ID)) {
            navigator.goTo(EvoucherScreen.ID);
        }
        evoucher.scanned(token);
    }

    /** Ends the visit: wipes it and shows the attract screen. */
    public void endSession() {
        session.end();
        navigator.toRoot();
    }

    /** Once a second: idle and card-pause countdowns. */
    public void tick() {
        idleGuard.tick();
        cards.tick();
    }

    /** Card reader events, on the FX thread. */
    public void onIdentifyEvent(IdentifyEvent event) {
        cards.on(event);
    }

    /** The end of every service: service flows call it after a commit or a service without one. */
    public ServiceCompletion completion() {
        return completion;
    }

    public Scene scene() {
        return scene;
    }

    public I18n i18n() {
        return i18n;
    }

    public ScreenRegistry registry() {
        return registry;
    }

    public Navigator navigator() {
        return navigator;
    }

    public ResidentSession session() {
        return session;
    }

    public CardSessionController cards() {
        return cards;
    }

    public IdleGuard idleGuard() {
        return idleGuard;
    }

    public KioskShell shell() {
        return shell;
    }
}
