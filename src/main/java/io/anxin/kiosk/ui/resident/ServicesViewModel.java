package io.anxin.kiosk.ui.resident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.domain.catalog.ServiceEntry;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.flow.FlowViewModel;
import io.anxin.kiosk.ui.flow.ServiceFlow;

/**
 * 选择业务: the hall's enabled services, six to a page. A service that needs to know who the resident
 * is sends them to identification first and opens by itself after the greeting; a service a keyed ID
 * number may not use asks for the card or the e-voucher. FX thread only.
 */
public final class ServicesViewModel extends ScreenModel {

    public static final int PAGE_SIZE = 6;

    /** Where a service that is not a step-by-step flow lives: a screen of its own. */
    public record ScreenService(String screenId, boolean needsIdentity) {
    }

    private final List<ServiceEntry> services;
    private final Map<ServiceCode, ServiceFlow> flows;
    private final Map<ServiceCode, ScreenService> screens;
    private final ResidentSession session;
    private final Navigator navigator;
    private final FlowViewModel flowModel;
    private final String identifyScreen;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private ServiceCode pending;

    public ServicesViewModel(List<ServiceEntry> enabled, List<ServiceFlow> flows, Map<ServiceCode, ScreenService> screens,
                             ResidentSession session, Navigator navigator, FlowViewModel flowModel, String identifyScreen) {
        this.flows = new LinkedHashMap<>();
        flows.forEach(f -> this.flows.put(f.service(), f));
        this.screens = Map.copyOf(screens);
        this.services = enabled.stream().filter(s -> this.flows.containsKey(s.code()) || this.screens.containsKey(s.code()))
                .toList();
        this.session = session;
        this.navigator = navigator;
        this.flowModel = flowModel;
        this.identifyScreen = identifyScreen;
    }

    public List<ServiceEntry> services() {
        return services;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public int pages() {
        return Math.max(1, (services.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<ServiceEntry> currentPage() {
        int from = page.get() * PAGE_SIZE;
        return services.subList(Math.min(from, services.size()), Math.min(from + PAGE_SIZE, services.size()));
    }

    public void nextPage() {
        if (page.get() < pages() - 1) {
            page.set(page.get() + 1);
            navigator.speakCurrentPrompt();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            navigator.speakCurrentPrompt();
        }
    }

    /** The resident chose {@code code}. */
    public void open(ServiceCode code) {
        clearError();
        ServiceFlow flow = flows.get(code);
        ScreenService screen = screens.get(code);
        boolean needsIdentity = flow != null || (screen != null && screen.needsIdentity());
        ResidentIdentity who = session.identity();
        if (needsIdentity && who == null) {
            pending = code;
            navigator.goTo(identifyScreen);
            return;
        }
        pending = null;
        if (flow != null) {
            if (!flow.allowsKeyedId() && !who.verified()) {
                showError(Message.of("services.needs-card"));
                return;
            }
            flowModel.start(flow);
        } else if (screen != null) {
            navigator.goTo(screen.screenId());
        }
    }

    /** After the greeting: the service chosen before identifying, or this menu. */
    public void afterIdentified() {
        ServiceCode chosen = pending;
        if (chosen != null) {
            open(chosen);
        } else {
            navigator.goTo(ServicesScreen.ID);
        }
    }

    @Override
    public void clearSession() {
        super.clearSession();
        pending = null;
        page.set(0);
    }
}
