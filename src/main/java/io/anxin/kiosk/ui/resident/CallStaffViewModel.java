package io.anxin.kiosk.ui.resident;

import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/** Records the help request (with the screen the resident came from) and tells them where help is. */
public final class CallStaffViewModel extends ScreenModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallStaffViewModel.class);

    private final HelpRequests help;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private String from = "";

    public CallStaffViewModel(HelpRequests help, Navigator navigator, TaskRunner tasks) {
        this.help = help;
        this.navigator = navigator;
        this.tasks = tasks;
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && now.model() == this) {
                from = old.id();
            }
        });
    }

    @Override
    public void onArrive() {
        super.onArrive();
        String screen = from;
        tasks.run(() -> {
            help.request(screen);
            return screen;
        }, ok -> { }, failure -> LOG.warn("help request could not be recorded", failure));
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
