package io.anxin.kiosk.ui.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.Sex;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;

/**
 * "王女士，您好": the greeting after identification, with what the resident should know now (an
 * unverified keyed number, an expired card, the elderly priority window).
 */
public final class GreetingViewModel extends ScreenModel {

    private final ResidentSession session;
    private final Runnable proceed;
    private final Clock clock;
    private final int elderlyAge;
    private final ReadOnlyObjectWrapper<Message> greeting = new ReadOnlyObjectWrapper<>(this, "greeting");
    private final ReadOnlyListWrapper<Message> notes = new ReadOnlyListWrapper<>(this, "notes", FXCollections.observableArrayList());

    /** @param proceed what 继续 does: the service chosen before identifying, or the service menu */
    public GreetingViewModel(ResidentSession session, Runnable proceed, Clock clock, int elderlyAge) {
        this.session = session;
        this.proceed = proceed;
        this.clock = clock;
        this.elderlyAge = elderlyAge;
    }

    public ReadOnlyObjectProperty<Message> greetingProperty() {
        return greeting.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Message> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        ResidentIdentity id = session.identity();
        if (id == null) {
            greeting.set(Message.of("greeting.anonymous"));
            notes.clear();
            return;
        }
        greeting.set(greetingFor(id));
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("greeting.id", id.idNumber().masked()));
        LocalDate today = LocalDate.now(clock);
        if (!id.verified()) {
            lines.add(Message.of("greeting.unverified"));
        }
        if (id.cardExpiredOn(today)) {
            lines.add(Message.of("greeting.card-expired", id.cardExpiry().orElseThrow()));
        }
        if (id.elderlyOn(today, elderlyAge)) {
            lines.add(Message.of("greeting.elderly", elderlyAge));
        }
        notes.setAll(lines);
    }

    static Message greetingFor(ResidentIdentity id) {
        return id.surname()
                .map(s -> Message.of(id.sex() == Sex.FEMALE ? "greeting.female" : "greeting.male", s))
                .orElse(Message.of("greeting.anonymous"));
    }

    public void proceed() {
        proceed.run();
    }

    @Override
    public void clearSession() {
        super.clearSession();
        greeting.set(null);
        notes.clear();
    }
}
