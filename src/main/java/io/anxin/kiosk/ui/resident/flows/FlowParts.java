package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.anxin.kiosk.domain.BankCardNumbers;
import io.anxin.kiosk.domain.FieldError;
import io.anxin.kiosk.domain.PhoneNumbers;
import io.anxin.kiosk.domain.catalog.Hospital;
import io.anxin.kiosk.domain.catalog.HospitalCatalog;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.flow.Choice;
import io.anxin.kiosk.ui.flow.NumberKind;
import io.anxin.kiosk.ui.flow.NumberStep;
import io.anxin.kiosk.ui.flow.SummaryStep.SummaryLine;

/** Pieces the service flows share: catalog names in both languages, field rules as messages, common steps. */
final class FlowParts {

    /** The "hospital not in the list" choice: the window completes it (请到窗口补充). */
    static final String OTHER_HOSPITAL = "other";
    static final String PHONE = "phone";

    private FlowParts() {
    }

    /** Catalog text shown in the resident's language: the bundle picks {0} (zh) or {1} (en). */
    static Message name(String zh, String en) {
        return Message.of("flow.catalog-name", zh, en);
    }

    static Message error(FieldError e) {
        return new Message(e.key(), e.args());
    }

    /** The first problem of {@code field} among {@code errors}, as words. */
    static Optional<Message> problemOf(String field, List<FieldError> errors) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst().map(FlowParts::error);
    }

    static NumberStep phoneStep(String questionKey) {
        return new NumberStep(PHONE, Message.of(questionKey), NumberKind.PHONE, keyed -> {
            if (PhoneNumbers.normalise(keyed).isEmpty()) {
                return Optional.of(Message.of("rules.phone.missing"));
            }
            return PhoneNumbers.isValid(keyed) ? Optional.empty() : Optional.of(Message.of("rules.phone.invalid"));
        });
    }

    static List<Choice> hospitals(HospitalCatalog catalog) {
        List<Choice> out = new ArrayList<>();
        for (Hospital h : catalog.all()) {
            out.add(new Choice(h.nameZh(), name(h.nameZh(), h.nameEn())));
        }
        out.add(new Choice(OTHER_HOSPITAL, Message.of("flow.hospital.other")));
        return out;
    }

    static Message hospitalName(HospitalCatalog catalog, String answer) {
        return catalog.find(answer).map(h -> name(h.nameZh(), h.nameEn())).orElse(Message.of("flow.hospital.other"));
    }

    static SummaryLine line(String labelKey, Message value) {
        return new SummaryLine(Message.of(labelKey), value);
    }

    static Message date(LocalDate date) {
        return Message.of("flow.date", date);
    }

    static Message text(String value) {
        return Message.of("flow.literal", value);
    }

    static Message maskedCard(String keyed) {
        return text(BankCardNumbers.masked(keyed));
    }

    static List<io.anxin.kiosk.ui.flow.Choice> quickDates(Clock clock, String... which) {
        LocalDate today = LocalDate.now(clock);
        List<Choice> out = new ArrayList<>();
        for (String w : which) {
            switch (w) {
                case "today" -> out.add(new Choice(today, Message.of("flow.date.today")));
                case "tomorrow" -> out.add(new Choice(today.plusDays(1), Message.of("flow.date.tomorrow")));
                case "yesterday" -> out.add(new Choice(today.minusDays(1), Message.of("flow.date.yesterday")));
                default -> throw new IllegalArgumentException(w);
            }
        }
        return out;
    }

    /** A date rule from a whole-request validator: the problem of one field with the date put in. */
    static Function<LocalDate, Optional<Message>> dateRule(Function<LocalDate, List<FieldError>> validate, String field) {
        return d -> problemOf(field, validate.apply(d));
    }
}
