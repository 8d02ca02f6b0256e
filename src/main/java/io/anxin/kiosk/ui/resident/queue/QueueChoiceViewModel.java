package io.anxin.kiosk.ui.resident.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.service.hall.HallDesk;
import io.anxin.kiosk.service.hall.TicketKind;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;

/**
 * 取号排队, the one question: which service. An identified resident at or above the elderly age sees
 * the 老年人优先窗口 first and takes it in one touch; anyone may choose a normal category, or the
 * priority window for a disability (checked at the window). Only the age leaves this screen, and only
 * for an elderly ticket.
 */
public final class QueueChoiceViewModel extends ScreenModel {

    private final HallDesk desk;
    private final ResidentSession session;
    private final Clock clock;
    private final Navigator navigator;
    private final TicketViewModel ticket;
    private final ReadOnlyBooleanWrapper elderly = new ReadOnlyBooleanWrapper(this, "elderly");
    private final ReadOnlyBooleanWrapper identified = new ReadOnlyBooleanWrapper(this, "identified");

    public QueueChoiceViewModel(HallDesk desk, ResidentSession session, Clock clock, Navigator navigator,
                                TicketViewModel ticket) {
        this.desk = desk;
        this.session = session;
        this.clock = clock;
        this.navigator = navigator;
        this.ticket = ticket;
        session.identityProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** True when the resident identified and is at or above {@code resident.elderly-age}. */
    public ReadOnlyBooleanProperty elderlyProperty() {
        return elderly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty identifiedProperty() {
        return identified.getReadOnlyProperty();
    }

    public List<QueueCategory> choices() {
        return desk.choices();
    }

    public int elderlyAge() {
        return desk.elderlyAge();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        refresh();
    }

    private void refresh() {
        ResidentIdentity id = session.identity();
        identified.set(id != null);
        elderly.set(id != null && id.elderlyOn(today(), desk.elderlyAge()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public Prompt prompt() {
        return elderly.get() ? Prompt.of("prompt.queue.choice.elderly")
                : Prompt.of("prompt.queue.choice", String.valueOf(desk.elderlyAge()));
    }

    /** 老年人优先窗口取号: the priority ticket in one step. */
    public void takeElderly() {
        refresh();
        if (!elderly.get()) {
            return;
        }
        int age = session.identity().idNumber().ageOn(today());
        go(TicketKind.ELDERLY, desk.priority().code(), age);
    }

    public void take(QueueCategory category) {
        go(TicketKind.NORMAL, category.code(), null);
    }

    /** 残疾人优先: a priority ticket; the clerk checks the certificate at the window. */
    public void takeDisability() {
        go(TicketKind.DISABILITY, desk.priority().code(), null);
    }

    private void go(TicketKind kind, String code, Integer age) {
        ticket.start(kind, code, age);
        // back from the ticket leads home, not to this question: a second touch would take a second ticket
        navigator.goToFromHome(TicketScreen.ID);
    }

    @Override
    public void clearSession() {
        super.clearSession();
        refresh();
    }
}
