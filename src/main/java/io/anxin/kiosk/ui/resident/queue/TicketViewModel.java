package io.anxin.kiosk.ui.resident.queue;

import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.service.hall.HallDesk;
import io.anxin.kiosk.service.hall.QueueTicket;
import io.anxin.kiosk.service.hall.TicketKind;
import io.anxin.kiosk.service.hall.TicketOutcome;
import io.anxin.kiosk.service.hall.TicketTexts;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * The ticket: taken on a worker when the screen is shown, then the number in very large type with
 * the service, how many wait ahead, the wait and the windows, shown and spoken; when the slip did not
 * print, the number stays up to be written down. When the hall node cannot be reached there is no
 * number: "暂时无法取号，请到服务台". One ticket per choice: coming back to the screen takes no other.
 */
public final class TicketViewModel extends ScreenModel {

    private static final Logger LOG = LoggerFactory.getLogger(TicketViewModel.class);

    /** IDLE: no ticket asked for in this visit. */
    public enum State { IDLE, ISSUING, ISSUED, FAILED }

    private record Request(long serial, TicketKind kind, String code, Integer age) {
    }

    private final HallDesk desk;
    private final I18n i18n;
    private final Navigator navigator;
    private final Voice voice;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<QueueTicket> ticket = new ReadOnlyObjectWrapper<>(this, "ticket");
    private final ReadOnlyBooleanWrapper printed = new ReadOnlyBooleanWrapper(this, "printed");
    private Request pending;
    private long serial;
    private boolean arriving;

    public TicketViewModel(HallDesk desk, I18n i18n, Navigator navigator, Voice voice, TaskRunner tasks) {
        this.desk = desk;
        this.i18n = i18n;
        this.navigator = navigator;
        this.voice = voice;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The ticket once issued; null before and when none could be taken. */
    public ReadOnlyObjectProperty<QueueTicket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    /** True when the slip came out. */
    public ReadOnlyBooleanProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }

    /** A ticket was asked for: it is taken when the screen is shown. */
    void start(TicketKind kind, String code, Integer age) {
        pending = new Request(++serial, kind, code, age);
        ticket.set(null);
        printed.set(false);
        state.set(State.ISSUING);
    }

    @Override
    public void onArrive() {
        super.onArrive();
        if (pending == null) {
            return;
        }
        Request r = pending;
        pending = null;
        Locale locale = i18n.localeProperty().get();
        arriving = true;
        try {
            tasks.run(() -> desk.take(r.kind(), r.code(), r.age(), locale), outcome -> done(r, outcome), failure -> {
                LOG.error("taking a queue ticket failed unexpectedly; the resident was sent to the service desk", failure);
                done(r, new TicketOutcome(java.util.Optional.empty(), false,
                        java.util.Optional.of(TicketOutcome.Failure.REFUSED)));
            });
        } finally {
            arriving = false;
        }
    }

    private void done(Request r, TicketOutcome outcome) {
        if (r.serial() != serial || state.get() != State.ISSUING) {
            return; // the visit ended or another ticket was asked for meanwhile
        }
        ticket.set(outcome.ticket().orElse(null));
        printed.set(outcome.printed());
        state.set(outcome.ticket().isPresent() ? State.ISSUED : State.FAILED);
        if (!arriving) {
            // the navigator speaks the prompt on arrival; a result that comes later is spoken here
            voice.cancel();
            voice.speak(prompt());
        }
    }

    /** What the screen says now. */
    public Prompt prompt() {
        QueueTicket t = ticket.get();
        return switch (state.get()) {
            case IDLE, ISSUING -> Prompt.of("prompt.queue.ticket.issuing");
            case FAILED -> Prompt.of("prompt.queue.ticket.failed");
            case ISSUED -> {
                Locale locale = i18n.localeProperty().get();
                String ahead = t.ahead() == 0 ? i18n.text("prompt.queue.ticket.none-ahead")
                        : i18n.text("prompt.queue.ticket.ahead", String.valueOf(t.ahead()), String.valueOf(t.waitMinutes()));
                String end = printed.get() ? i18n.text("ticket.printed")
                        : i18n.text("prompt.queue.ticket.not-printed", t.number());
                if (t.kind() == TicketKind.DISABILITY) {
                    end = i18n.text("ticket.disability.check") + end;
                }
                yield Prompt.of("prompt.queue.ticket", t.number(), TicketTexts.name(t.queue(), locale), ahead,
                        TicketTexts.windows(t.windows(), locale), end);
            }
        };
    }

    /** 再听一遍. */
    public void repeat() {
        voice.cancel();
        voice.speak(prompt());
    }

    /** 完成: back to the home screen. */
    public void done() {
        if (state.get() != State.ISSUING) {
            navigator.home();
        }
    }

    @Override
    public void clearSession() {
        super.clearSession();
        pending = null;
        serial++;
        ticket.set(null);
        printed.set(false);
        state.set(State.IDLE);
    }
}
