package io.anxin.kiosk.ui.counter;

import java.util.Arrays;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * Staff number and PIN, checked by the hall node (lock-out shared by every console). The PIN lives
 * in a char array wiped after each try and on leaving; the view shows dots. FX thread only.
 */
public final class SignInViewModel extends ScreenModel {

    public enum Field { STAFF_NO, PIN }

    public static final int MAX_STAFF_NO = 16;
    public static final int MAX_PIN = 12;

    private final HallClient hall;
    private final TaskRunner tasks;
    private final CounterSession session;
    private final StringProperty staffNo = new SimpleStringProperty(this, "staffNo", "");
    private final char[] pin = new char[MAX_PIN];
    private final IntegerProperty pinLength = new SimpleIntegerProperty(this, "pinLength");
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field", Field.STAFF_NO);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public SignInViewModel(HallClient hall, TaskRunner tasks, CounterSession session) {
        this.hall = hall;
        this.tasks = tasks;
        this.session = session;
    }

    public ReadOnlyStringProperty staffNoProperty() {
        return staffNo;
    }

    public ReadOnlyIntegerProperty pinLengthProperty() {
        return pinLength;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** A key from the keypad or the keyboard: digits (and letters in the staff number) go to the field in use. */
    public void type(char c) {
        if (busy.get()) {
            return;
        }
        if (field.get() == Field.STAFF_NO) {
            if (Character.isLetterOrDigit(c) && c < 128 && staffNo.get().length() < MAX_STAFF_NO) {
                staffNo.set(staffNo.get() + c);
            }
        } else if (c >= '0' && c <= '9' && pinLength.get() < MAX_PIN) {
            pin[pinLength.get()] = c;
            pinLength.set(pinLength.get() + 1);
        }
    }

    public void delete() {
        if (busy.get()) {
            return;
        }
        if (field.get() == Field.STAFF_NO) {
            String s = staffNo.get();
            if (!s.isEmpty()) {
                staffNo.set(s.substring(0, s.length() - 1));
            }
        } else if (pinLength.get() > 0) {
            pinLength.set(pinLength.get() - 1);
            pin[pinLength.get()] = '\0';
        }
    }

    /** Enter: from the staff number to the PIN, from the PIN to the check. */
    public void confirm() {
        if (field.get() == Field.STAFF_NO && pinLength.get() == 0) {
            field.set(Field.PIN);
        } else {
            submit();
        }
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (staffNo.get().isEmpty() || pinLength.get() == 0) {
            showError(Message.of("counter.signin.need-both"));
            field.set(staffNo.get().isEmpty() ? Field.STAFF_NO : Field.PIN);
            return;
        }
        char[] tried = Arrays.copyOf(pin, pinLength.get());
        wipePin();
        String number = staffNo.get();
        busy.set(true);
        clearError();
        tasks.run(() -> hall.signIn(number, tried), this::signedIn, this::failed);
    }

    private void signedIn(Clerk clerk) {
        busy.set(false);
        staffNo.set("");
        field.set(Field.STAFF_NO);
        session.reachableProperty().set(true);
        session.signedIn(clerk);
    }

    private void failed(Throwable t) {
        busy.set(false);
        field.set(Field.PIN);
        if (t instanceof HallException h) {
            switch (h.kind()) {
                case WRONG_PIN -> showError(Message.of("counter.signin.wrong", h.triesLeft()));
                case LOCKED -> showError(Message.of("counter.signin.locked", Math.max(1, (h.retryAfterSeconds() + 59) / 60)));
                case NO_STAFF_ROSTER -> showError(Message.of("counter.signin.no-roster"));
                case NODE_UNREACHABLE -> {
                    session.reachableProperty().set(false);
                    showError(HallFailure.message(h));
                }
                case BAD_REQUEST -> showError(Message.of("counter.signin.refused", h.kind().name()));
                default -> showError(HallFailure.message(h));
            }
        } else {
            showError(HallFailure.message(t));
        }
    }

    private void wipePin() {
        Arrays.fill(pin, '\0');
        pinLength.set(0);
    }

    @Override
    public void onArrive() {
        super.onArrive();
        wipePin();
        staffNo.set("");
        field.set(Field.STAFF_NO);
    }

    @Override
    public void clearSession() {
        super.clearSession();
        wipePin();
        staffNo.set("");
    }
}
