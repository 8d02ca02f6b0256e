package io.anxin.kiosk.ui.resident;

import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.service.hall.HelpCalls;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * 呼叫工作人员, with the screen the resident came from. In a hall the call goes to every counter
 * console ("已通知工作人员，请稍候") until a clerk takes it ("工作人员马上就到"); a standalone kiosk, or
 * one whose hall node cannot be reached, records the request and sends the resident to the service desk.
 */
public final class CallStaffViewModel extends ScreenModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallStaffViewModel.class);

    /** LOCAL: recorded here only, go to the desk. SENDING: asking the hall node. WAITING: staff told. COMING: a clerk took it. */
    public enum State { LOCAL, SENDING, WAITING, COMING }

    private final HelpRequests help;
    private final Optional<HelpCalls> hall;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final Voice voice;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOCAL);
    private String from = "";
    private boolean arriving;

    public CallStaffViewModel(HelpRequests help, Optional<HelpCalls> hall, Navigator navigator, TaskRunner tasks, Voice voice) {
        this.help = help;
        this.hall = hall;
        this.navigator = navigator;
        this.tasks = tasks;
        this.voice = voice;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        // the navigator calls onArrive before it switches, so current() is the screen the resident was on
        io.anxin.kiosk.ui.Screen was = navigator.current();
        if (was != null && was.model() != this) {
            from = was.id();
        }
        String screen = from.isEmpty() ? "unknown" : from;
        if (hall.isEmpty()) {
            state.set(State.LOCAL);
            tasks.run(() -> {
                help.request(screen);
                return screen;
            }, ok -> { }, failure -> LOG.warn("help request could not be recorded", failure));
            return;
        }
        HelpCalls calls = hall.get();
        state.set(State.SENDING);
        arriving = true;
        try {
            tasks.run(() -> calls.raise(screen), outcome -> {
                if (state.get() == State.SENDING) {
                    show(outcome.status() == HelpCalls.Status.RAISED ? State.WAITING : State.LOCAL);
                }
            }, failure -> {
                LOG.error("help call failed unexpectedly; the resident was sent to the service desk", failure);
                show(State.LOCAL);
            });
        } finally {
            arriving = false;
        }
    }

    /** A change from the hall feed (FX thread): a clerk taking this kiosk's call. */
    public void onHallEvent(HallEvent event) {
        if (hall.isPresent() && hall.get().taken(event)) {
            show(State.COMING);
        }
    }

    /** A board from the hall feed (FX thread): after a reconnect, the call may have been taken meanwhile. */
    public void onHallBoard(HallBoard board) {
        if (hall.isEmpty() || hall.get().stillOpenOn(board)) {
            return;
        }
        HelpCalls calls = hall.get();
        tasks.run(calls::confirmTaken, taken -> {
            if (taken) {
                show(State.COMING);
            }
        }, failure -> LOG.warn("could not check the help call after the hall reconnected", failure));
    }

    private void show(State next) {
        state.set(next);
        if (!arriving && navigator.current() != null && navigator.current().model() == this) {
            // the navigator speaks the prompt on arrival; later news is spoken here
            voice.cancel();
            voice.speak(prompt());
        }
    }

    /** What the screen says now. */
    public Prompt prompt() {
        return Prompt.of(switch (state.get()) {
            case LOCAL -> "prompt.call.staff";
            case SENDING -> "prompt.call.staff.sending";
            case WAITING -> "prompt.call.staff.waiting";
            case COMING -> "prompt.call.staff.coming";
        });
    }

    public void done() {
        navigator.back();
    }

    @Override
    public void clearSession() {
        super.clearSession();
        from = "";
    }
}
