package io.anxin.kiosk.service.live;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the central server says about a resident (POST /v1/residents/lookup). Amounts in CNY.
 * {@link #toString()} shows no name and no amounts.
 *
 * @param insuranceType {@code employee} or {@code resident}
 * @param status        {@code active}, {@code suspended} or {@code none}
 * @param region        the administrative region code of the insurance, e.g. 370102
 */
public record ResidentRecord(String name, String insuranceType, String status, LocalDate insuredSince, String region,
                             PersonalAccount personalAccount, List<ChronicQualification> chronicQualifications) {

    /** The personal account: balance as of a time, and the most recent spending (newest first). */
    public record PersonalAccount(BigDecimal balance, OffsetDateTime asOf, List<AccountEntry> recent) {
        public PersonalAccount {
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(asOf, "asOf");
            recent = List.copyOf(recent);
        }
    }

    /** One movement on the account; spending is negative. */
    public record AccountEntry(LocalDate date, String place, BigDecimal amount) {
        public AccountEntry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A chronic/special disease qualification the resident holds. */
    public record ChronicQualification(String disease, LocalDate validTo) {
        public ChronicQualification {
            Objects.requireNonNull(disease, "disease");
            Objects.requireNonNull(validTo, "validTo");
        }
    }

    public ResidentRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(insuranceType, "insuranceType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(insuredSince, "insuredSince");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(personalAccount, "personalAccount");
        chronicQualifications = List.copyOf(chronicQualifications);
    }

    @Override
    public String toString() {
        return "ResidentRecord[" + insuranceType + ", " + status + "]";
    }
}
