package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.Destination;

/**
 * What a resident entered for a remote-care filing, possibly incomplete; {@link RemoteCareRules}
 * says what is wrong. The {@code FIELD_*} names appear in {@link FieldError#field()}.
 *
 * @param phone             the contact phone as keyed (spaces and '-' allowed); empty when not entered
 * @param referringHospital for {@link RemoteCareType#REFERRAL}: the hospital that referred the resident
 */
public record RemoteCareRequest(RemoteCareType type, Optional<Destination> destination, Optional<LocalDate> startDate,
                                Optional<LocalDate> endDate, String phone, Optional<String> referringHospital) {

    public static final String FIELD_DESTINATION = "destination";
    public static final String FIELD_START_DATE = "startDate";
    public static final String FIELD_END_DATE = "endDate";
    public static final String FIELD_PHONE = "phone";
    public static final String FIELD_REFERRING_HOSPITAL = "referringHospital";

    public RemoteCareRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(referringHospital, "referringHospital");
    }
}
