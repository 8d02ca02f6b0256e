package io.anxin.kiosk.ui.technician;

import java.util.List;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/** What a technician sees after the PIN: the terminal's state, and the way to quit the program. */
public final class TechnicianMenuViewModel extends ScreenModel {

    /** Supplies the status lines afresh each time the screen is shown (may block: runs off the FX thread). */
    public interface StatusSource {
        List<Message> lines();
    }

    private final StatusSource status;
    private final TechnicianAccess access;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final Runnable quit;
    private final ReadOnlyListWrapper<Message> lines = new ReadOnlyListWrapper<>(this, "lines", FXCollections.observableArrayList());

    public TechnicianMenuViewModel(StatusSource status, TechnicianAccess access, Navigator navigator, TaskRunner tasks,
                                   Runnable quit) {
        this.status = status;
        this.access = access;
        this.navigator = navigator;
        this.tasks = tasks;
        this.quit = quit;
    }

    public ReadOnlyListProperty<Message> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        tasks.run(status::lines, lines::setAll, failure -> lines.setAll(Message.of("technician.pin.error")));
    }

    public void quitProgram() {
        tasks.run(() -> {
            access.recordExit();
            return Boolean.TRUE;
        }, ok -> quit.run(), failure -> quit.run());
    }

    public void home() {
        navigator.home();
    }

    @Override
    public void clearSession() {
        super.clearSession();
        lines.clear();
    }
}
