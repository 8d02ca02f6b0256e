package io.anxin.kiosk.ui.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdNumberCheck;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * The ID number keyed on the kiosk's keypad, checked as it is typed: the birth date once its eight
 * digits are in, the check digit at 18. The voice says "第N位已输入", never the digit. A keyed number
 * is an unverified identity.
 */
public final class KeyedIdViewModel extends ScreenModel {

    public static final int LENGTH = 18;
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final CardSessionController cards;
    private final Voice voice;
    private final Clock clock;
    private final StringBuilder digits = new StringBuilder(LENGTH);
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length");
    private final ReadOnlyStringWrapper grouped = new ReadOnlyStringWrapper(this, "grouped", "______ ________ ____");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");

    public KeyedIdViewModel(CardSessionController cards, Voice voice, Clock clock) {
        this.cards = cards;
        this.voice = voice;
        this.clock = clock;
    }

    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /** What was typed, grouped 6-8-4 as printed on the ID card, with {@code _} for places still to fill. */
    public ReadOnlyStringProperty groupedProperty() {
        return grouped.getReadOnlyProperty();
    }

    /** 18 characters with a correct check digit: 确定 may be pressed. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public void key(char c) {
        if (digits.length() >= LENGTH) {
            showError(Message.of("keyed.error.full"));
            return;
        }
        if (c == 'X' && digits.length() != LENGTH - 1) {
            showError(Message.of("keyed.error.x-last"));
            return;
        }
        if (c != 'X' && (c < '0' || c > '9')) {
            return;
        }
        digits.append(c);
        changed();
        voice.speak(Prompt.privateEntry("entry.position", digits.length()));
        check();
    }

    public void delete() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
            changed();
            clearError();
            voice.speak(Prompt.of("entry.deleted"));
            check();
        }
    }

    public void clear() {
        wipe();
        clearError();
        voice.speak(Prompt.of("entry.cleared"));
    }

    public void confirm() {
        if (digits.length() < LENGTH) {
            showError(Message.of("keyed.error.short", LENGTH - digits.length()));
            return;
        }
        IdNumberCheck check = IdNumber.check(digits.toString(), today());
        if (!check.isValid()) {
            showError(problemMessage(check));
            return;
        }
        IdNumber id = IdNumber.parse(digits.toString(), today());
        wipe();
        cards.identified(new ResidentIdentity(Optional.empty(), id, IdentityMethod.KEYED, Optional.empty()));
    }

    private void check() {
        int n = digits.length();
        if (n >= 14 && n < LENGTH) {
            String birth = digits.substring(6, 14);
            try {
                LocalDate d = LocalDate.parse(birth, BIRTH);
                if (d.isAfter(today()) || d.getYear() < 1880) {
                    showError(Message.of("keyed.error.date"));
                    return;
                }
            } catch (DateTimeParseException e) {
                showError(Message.of("keyed.error.date"));
                return;
            }
        }
        if (n == LENGTH) {
            IdNumberCheck result = IdNumber.check(digits.toString(), today());
            complete.set(result.isValid());
            if (!result.isValid()) {
                showError(problemMessage(result));
                return;
            }
        }
        clearError();
    }

    private static Message problemMessage(IdNumberCheck check) {
        return switch (check.problem().orElseThrow()) {
            case LENGTH, OLD_15_DIGIT -> Message.of("keyed.error.short", LENGTH - check.length());
            case NOT_A_DIGIT -> Message.of("keyed.error.x-last");
            case IMPOSSIBLE_DATE, FUTURE_DATE -> Message.of("keyed.error.date");
            case CHECK_DIGIT -> Message.of("keyed.error.check");
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void changed() {
        length.set(digits.length());
        complete.set(false);
        String s = digits.toString();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == 6 || i == 14) {
                g.append(' ');
            }
            g.append(i < s.length() ? s.charAt(i) : '_');
        }
        grouped.set(g.toString());
    }

    private void wipe() {
        digits.setLength(0);
        changed();
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
