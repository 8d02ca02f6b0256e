package io.anxin.kiosk.ui.resident;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Voice;

/**
 * What the query screens share: a lead sentence that is shown at the top and is the screen's spoken
 * prompt, and look-ups on a worker whose answers count only for the visit and arrival that asked
 * (an answer that comes back after the resident left the screen or the visit ended is dropped, so
 * no record re-enters a wiped model). An answer that arrives after the screen's prompt was spoken
 * is spoken itself.
 */
abstract class QueryModel extends ScreenModel {

    protected final ResidentSession session;
    protected final Navigator navigator;
    private final TaskRunner tasks;
    private final Voice voice;
    private final ReadOnlyObjectWrapper<Message> lead = new ReadOnlyObjectWrapper<>(this, "lead");
    private int generation;
    private boolean arriving;

    QueryModel(ResidentSession session, Navigator navigator, TaskRunner tasks, Voice voice, Message initialLead) {
        this.session = session;
        this.navigator = navigator;
        this.tasks = tasks;
        this.voice = voice;
        lead.set(initialLead);
    }

    /** The answer or explanation at the top of the screen; also what the screen says. Never null. */
    public final ReadOnlyObjectProperty<Message> leadProperty() {
        return lead.getReadOnlyProperty();
    }

    protected final void setLead(Message message) {
        lead.set(message);
    }

    /** 查询办理进度: what a resident can still do here when the network is down. */
    public final void toProgress() {
        navigator.goTo(ProgressScreen.ID);
    }

    /** 身份验证 / 插卡或扫码: to the identify screen. */
    public final void identify() {
        navigator.goTo(IdentifyScreen.ID);
    }

    protected final ResidentIdentity identity() {
        return session.identity();
    }

    @Override
    public final void onArrive() {
        super.onArrive();
        generation++;
        arriving = true;
        try {
            arrived();
        } finally {
            arriving = false;
        }
    }

    /** Resets the screen for a new arrival and starts its look-up. */
    protected abstract void arrived();

    /** Runs {@code work} on a worker; {@code then} runs on the FX thread only if nothing moved on meanwhile. */
    protected final <T> void ask(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        int asked = ++generation;
        tasks.run(work, result -> {
            if (asked == generation) {
                then.accept(result);
                speakIfLate();
            }
        }, failure -> {
            if (asked == generation) {
                failed.accept(failure);
            }
        });
    }

    private void speakIfLate() {
        if (!arriving && navigator.current() != null && navigator.current().model() == this) {
            voice.speak(lead.get().toPrompt());
        }
    }

    @Override
    public void clearSession() {
        super.clearSession();
        generation++;
        forget();
    }

    /** Drops every trace of the resident (the visit ended). */
    protected abstract void forget();
}
