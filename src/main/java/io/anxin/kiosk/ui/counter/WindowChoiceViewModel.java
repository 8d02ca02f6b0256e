package io.anxin.kiosk.ui.counter;

import java.util.List;
import java.util.TreeSet;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/** The hall's windows from queue-categories.csv, each with the categories it calls. FX thread only. */
public final class WindowChoiceViewModel extends ScreenModel {

    /** One window: its number, the categories it calls, and whether it is the 老年人优先窗口. */
    public record WindowOption(int window, List<QueueCategory> categories, boolean priority) {
    }

    private final QueueCategories categories;
    private final CounterSession session;
    private final HallClient hall;
    private final TaskRunner tasks;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WindowChoiceViewModel(QueueCategories categories, CounterSession session, HallClient hall, TaskRunner tasks) {
        this.categories = categories;
        this.session = session;
        this.hall = hall;
        this.tasks = tasks;
    }

    /** True while the node is asked for the window. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public List<WindowOption> options() {
        TreeSet<Integer> windows = new TreeSet<>();
        categories.all().forEach(c -> windows.addAll(c.windows()));
        return windows.stream().map(w -> new WindowOption(w,
                categories.all().stream().filter(c -> c.calledAt(w)).toList(), categories.isPriorityWindow(w))).toList();
    }

    /**
     * Opens the window on the node for this clerk: two consoles never call for the same window. A window
     * another console has open is refused with words; the clerk stays here and chooses again.
     */
    public void choose(int window) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        clearError();
        String staffNo = session.clerkProperty().get() == null ? "" : session.clerkProperty().get().staffNo();
        tasks.run(() -> {
            hall.claimWindow(window, staffNo);
            return window;
        }, chosen -> {
            busy.set(false);
            session.reachableProperty().set(true);
            session.windowChosen(chosen);
        }, failure -> {
            busy.set(false);
            if (HallFailure.kind(failure) == HallException.Kind.CONFLICT) {
                showError(Message.of("counter.window.taken", window));
            } else {
                if (HallFailure.unreachable(failure)) {
                    session.reachableProperty().set(false);
                }
                showError(HallFailure.message(failure));
            }
        });
    }

    public void signOut() {
        session.signOut();
    }
}
