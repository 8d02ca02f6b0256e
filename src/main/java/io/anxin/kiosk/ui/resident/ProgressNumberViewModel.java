package io.anxin.kiosk.ui.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.anxin.kiosk.service.query.ProgressQuery;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * 按受理号查询 on a large digit keypad. An acceptance number is
 * {@code <terminal>-<yyyyMMdd>-<nnnn>} ({@code JN-LX-007-20261122-0031}). Residents never type
 * letters (specs/services.md, "Typing"), and the terminal part has letters, so it is not keyed:
 * it is filled in with this kiosk's id, which is where a resident asking here most likely filed
 * (the config has no list of the hall's other terminals; such a number is asked at the window).
 * The date part is filled in with today and changed with 前一天 / 后一天 (within the last year,
 * never after today): one tap per day instead of eight digits, and no impossible date can be made.
 * So the resident keys only the 4 serial digits printed last on the receipt. The number is not
 * private (it is printed under a QR code), so the voice says the digits keyed so far.
 */
public final class ProgressNumberViewModel extends QueryModel {

    public static final int DIGITS = 4;
    public static final int MAX_DAYS_BACK = 365;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ProgressQuery progress;
    private final String terminalId;
    private final Clock clock;
    private final Voice voice;
    private final StringBuilder digits = new StringBuilder(DIGITS);
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyObjectWrapper<QueryTexts.Line> result = new ReadOnlyObjectWrapper<>(this, "result");

    public ProgressNumberViewModel(ProgressQuery progress, String terminalId, ResidentSession session, Navigator navigator,
                                   TaskRunner tasks, Voice voice, Clock clock) {
        super(session, navigator, tasks, voice, Message.of("prompt.progress.number"));
        this.progress = progress;
        this.terminalId = terminalId;
        this.clock = clock;
        this.voice = voice;
        reset();
    }

    /** The number as it stands, {@code _} for digits still to key: {@code DEMO-01-20261122-03__}. */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The answer for the last number asked, or null. */
    public ReadOnlyObjectProperty<QueryTexts.Line> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public void key(char c) {
        if (c < '0' || c > '9') {
            return;
        }
        if (digits.length() >= DIGITS) {
            showError(Message.of("progress-number.error.full"));
            return;
        }
        digits.append(c);
        changed();
        clearError();
        voice.speak(Prompt.of("progress-number.typed", digits.toString()));
    }

    public void delete() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
            changed();
            clearError();
            voice.speak(Prompt.of("entry.deleted"));
        }
    }

    public void clear() {
        digits.setLength(0);
        changed();
        clearError();
        voice.speak(Prompt.of("entry.cleared"));
    }

    public void previousDay() {
        LocalDate earlier = day.get().minusDays(1);
        if (earlier.isBefore(today().minusDays(MAX_DAYS_BACK))) {
            showError(Message.of("progress-number.error.too-old"));
            return;
        }
        day.set(earlier);
        changed();
        clearError();
        voice.speak(Prompt.of("progress-number.day", earlier));
    }

    public void nextDay() {
        LocalDate later = day.get().plusDays(1);
        if (later.isAfter(today())) {
            showError(Message.of("progress-number.error.future"));
            return;
        }
        day.set(later);
        changed();
        clearError();
        voice.speak(Prompt.of("progress-number.day", later));
    }

    public void search() {
        if (digits.length() < DIGITS) {
            showError(Message.of("progress-number.error.short", DIGITS - digits.length()));
            return;
        }
        String asked = number.get();
        clearError();
        result.set(null);
        searching.set(true);
        setLead(Message.of("query.loading"));
        ask(() -> progress.byAcceptanceNo(asked), item -> {
            searching.set(false);
            QueryTexts.Line line = QueryTexts.line(item, clock.getZone());
            result.set(line);
            setLead(line.state());
        }, failure -> {
            searching.set(false);
            setLead(Message.of("progress.lookup-failed"));
        });
    }

    @Override
    protected void arrived() {
        reset();
    }

    @Override
    protected void forget() {
        reset();
    }

    private void reset() {
        digits.setLength(0);
        day.set(today());
        searching.set(false);
        result.set(null);
        setLead(Message.of("prompt.progress.number"));
        changed();
    }

    private void changed() {
        StringBuilder n = new StringBuilder(terminalId).append('-').append(DAY.format(day.get())).append('-').append(digits);
        while (n.length() < terminalId.length() + 10 + DIGITS) {
            n.append('_');
        }
        number.set(n.toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
