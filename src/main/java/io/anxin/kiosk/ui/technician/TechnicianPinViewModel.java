package io.anxin.kiosk.ui.technician;

import java.util.Arrays;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import io.anxin.kiosk.service.TechnicianAccess;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * PIN entry for technicians. Digits live in a char array that is wiped after every check; the
 * screen shows dots and the voice says only the position ("第N位已输入").
 */
public final class TechnicianPinViewModel extends ScreenModel {

    public static final int MAX_DIGITS = 8;

    private final TechnicianAccess access;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final Voice voice;
    private final String menuScreenId;
    private final char[] digits = new char[MAX_DIGITS];
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length");

    public TechnicianPinViewModel(TechnicianAccess access, Navigator navigator, TaskRunner tasks, Voice voice,
                                  String menuScreenId) {
        this.access = access;
        this.navigator = navigator;
        this.tasks = tasks;
        this.voice = voice;
        this.menuScreenId = menuScreenId;
    }

    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public void digit(char d) {
        if (d < '0' || d > '9' || length.get() >= MAX_DIGITS) {
            return;
        }
        digits[length.get()] = d;
        length.set(length.get() + 1);
        voice.speak(Prompt.privateEntry("entry.position", length.get()));
    }

    public void delete() {
        if (length.get() > 0) {
            length.set(length.get() - 1);
            digits[length.get()] = '\0';
            voice.speak(Prompt.of("entry.deleted"));
        }
    }

    public void confirm() {
        if (length.get() == 0) {
            return;
        }
        char[] pin = Arrays.copyOf(digits, length.get());
        wipe();
        tasks.run(() -> access.unlock(pin), this::handle, failure -> showError(Message.of("technician.pin.error")));
    }

    private void handle(TechnicianAccess.Outcome outcome) {
        if (outcome instanceof TechnicianAccess.Outcome.Granted) {
            clearError();
            navigator.goTo(menuScreenId);
        } else if (outcome instanceof TechnicianAccess.Outcome.Wrong wrong) {
            showError(Message.of("technician.pin.wrong", wrong.triesLeft()));
        } else if (outcome instanceof TechnicianAccess.Outcome.Locked locked) {
            long minutes = Math.max(1, (locked.remaining().toSeconds() + 59) / 60);
            showError(Message.of("technician.pin.locked", TechnicianAccess.MAX_TRIES, minutes));
        }
    }

    public void cancel() {
        wipe();
        navigator.back();
    }

    private void wipe() {
        Arrays.fill(digits, '\0');
        length.set(0);
    }

    @Override
    public void onArrive() {
        super.onArrive();
        wipe();
    }

    @Override
    public void clearSession() {
        super.clearSession();
        wipe();
    }
}
