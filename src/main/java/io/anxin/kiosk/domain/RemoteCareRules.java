package io.anxin.kiosk.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.domain.RemoteCareDecision.Outcome;
import io.anxin.kiosk.domain.catalog.Destination;
import io.anxin.kiosk.domain.catalog.DestinationCatalog;

/**
 * The rules of remote-care filing (异地就医备案, specs/services.md):
 * <ul>
 * <li>long-term residence and stationed work are commitment-based: no proof documents, the
 *     resident confirms the commitment text of {@link RemoteCareType#commitmentKey()};</li>
 * <li>referral needs no referral paper; the referring hospital is recorded (required here);</li>
 * <li>temporary treatment inside the home province needs no filing at all;</li>
 * <li>the filing goes to the place of treatment, which must come from the destination catalog.</li>
 * </ul>
 * Field checks: the start date is today or later (a filing covers treatment from now on; earlier
 * treatment is settled by manual reimbursement) and at most {@value #MAX_START_DAYS_AHEAD} days
 * ahead; temporary treatment needs an end date, and any end date is on or after the start date;
 * the contact phone is a mobile or landline number ({@link PhoneNumbers}).
 * Immutable and thread-safe.
 */
public final class RemoteCareRules {

    public static final int MAX_START_DAYS_AHEAD = 365;

    public static final String KEY_NO_FILING = "rules.remote-care.no-filing";
    public static final String KEY_READY = "rules.remote-care.ready";
    public static final String KEY_READY_REFERRAL = "rules.remote-care.ready.referral";
    public static final String KEY_NEEDS_CORRECTION = "rules.remote-care.needs-correction";
    public static final String KEY_DESTINATION_MISSING = "rules.remote-care.destination.missing";
    public static final String KEY_DESTINATION_UNKNOWN = "rules.remote-care.destination.unknown";
    public static final String KEY_REFERRING_HOSPITAL_MISSING = "rules.remote-care.referring-hospital.missing";
    public static final String KEY_START_MISSING = "rules.date.start.missing";
    public static final String KEY_START_PAST = "rules.date.start.past";
    public static final String KEY_START_TOO_FAR = "rules.date.start.too-far";
    public static final String KEY_END_MISSING = "rules.date.end.missing";
    public static final String KEY_END_BEFORE_START = "rules.date.end.before-start";
    public static final String KEY_PHONE_MISSING = "rules.phone.missing";
    public static final String KEY_PHONE_INVALID = "rules.phone.invalid";

    private final DestinationCatalog destinations;
    private final Clock clock;

    public RemoteCareRules(DestinationCatalog destinations, Clock clock) {
        this.destinations = Objects.requireNonNull(destinations, "destinations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether {@code type} to {@code destination} needs a filing at all; asked as soon as the
     * destination is chosen, before any date or phone number.
     */
    public boolean filingNeeded(RemoteCareType type, Destination destination) {
        return !(type == RemoteCareType.TEMPORARY && destination.homeProvince());
    }

    /** Checks every field and says what happens next. */
    public RemoteCareDecision assess(RemoteCareRequest request) {
        Optional<Destination> destination = request.destination();
        if (destination.isPresent() && destinations.contains(destination.get())
                && !filingNeeded(request.type(), destination.get())) {
            return new RemoteCareDecision(Outcome.NO_FILING_NEEDED, List.of(), Optional.empty(), Optional.empty(),
                    KEY_NO_FILING, List.of(destination.get().province(), destination.get().city()));
        }
        List<FieldError> errors = validate(request);
        if (!errors.isEmpty()) {
            return new RemoteCareDecision(Outcome.NEEDS_CORRECTION, errors, Optional.empty(), Optional.empty(),
                    KEY_NEEDS_CORRECTION, List.of(errors.size()));
        }
        Destination target = destination.orElseThrow();
        boolean referral = request.type() == RemoteCareType.REFERRAL;
        List<Object> args = referral
                ? List.of(target.province(), target.city(), request.referringHospital().orElseThrow().strip())
                : List.of(target.province(), target.city());
        return new RemoteCareDecision(Outcome.READY_TO_FILE, List.of(), Optional.of(target),
                request.type().commitmentKey(), referral ? KEY_READY_REFERRAL : KEY_READY, args);
    }

    /** The field errors of {@code request}, in screen order; empty when it can be filed. */
    public List<FieldError> validate(RemoteCareRequest request) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (request.destination().isEmpty()) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_DESTINATION, KEY_DESTINATION_MISSING));
        } else if (!destinations.contains(request.destination().get())) {
            Destination d = request.destination().get();
            errors.add(FieldError.of(RemoteCareRequest.FIELD_DESTINATION, KEY_DESTINATION_UNKNOWN, d.province(), d.city()));
        }
        if (request.type() == RemoteCareType.REFERRAL
                && request.referringHospital().map(String::isBlank).orElse(true)) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_REFERRING_HOSPITAL, KEY_REFERRING_HOSPITAL_MISSING));
        }
        Optional<LocalDate> start = request.startDate();
        if (start.isEmpty()) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_START_DATE, KEY_START_MISSING));
        } else if (start.get().isBefore(today)) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_START_DATE, KEY_START_PAST, today));
        } else if (start.get().isAfter(today.plusDays(MAX_START_DAYS_AHEAD))) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_START_DATE, KEY_START_TOO_FAR,
                    today.plusDays(MAX_START_DAYS_AHEAD)));
        }
        Optional<LocalDate> end = request.endDate();
        if (end.isEmpty() && request.type() == RemoteCareType.TEMPORARY) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_END_DATE, KEY_END_MISSING));
        } else if (end.isPresent() && start.isPresent() && end.get().isBefore(start.get())) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_END_DATE, KEY_END_BEFORE_START, start.get()));
        }
        if (PhoneNumbers.normalise(request.phone()).isEmpty()) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_PHONE, KEY_PHONE_MISSING));
        } else if (!PhoneNumbers.isValid(request.phone())) {
            errors.add(FieldError.of(RemoteCareRequest.FIELD_PHONE, KEY_PHONE_INVALID));
        }
        return errors;
    }
}
