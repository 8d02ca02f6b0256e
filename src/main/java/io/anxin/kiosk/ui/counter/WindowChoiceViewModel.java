package io.anxin.kiosk.ui.counter;

import java.util.List;
import java.util.TreeSet;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.ui.ScreenModel;

/** The hall's windows from queue-categories.csv, each with the categories it calls. FX thread only. */
public final class WindowChoiceViewModel extends ScreenModel {

    /** One window: its number, the categories it calls, and whether it is the 老年人优先窗口. */
    public record WindowOption(int window, List<QueueCategory> categories, boolean priority) {
    }

    private final QueueCategories categories;
    private final CounterSession session;

    public WindowChoiceViewModel(QueueCategories categories, CounterSession session) {
        this.categories = categories;
        this.session = session;
    }

    public List<WindowOption> options() {
        TreeSet<Integer> windows = new TreeSet<>();
        categories.all().forEach(c -> windows.addAll(c.windows()));
        return windows.stream().map(w -> new WindowOption(w,
                categories.all().stream().filter(c -> c.calledAt(w)).toList(), categories.isPriorityWindow(w))).toList();
    }

    public void choose(int window) {
        session.windowChosen(window);
    }

    public void signOut() {
        session.signOut();
    }
}
