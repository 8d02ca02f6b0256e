package io.anxin.kiosk.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** POST /v1/residents/lookup as the server answered it. {@link #toString()} shows no name and no amount. */
public record ResidentAnswer(String name, String insuranceType, String status, LocalDate insuredSince, String region,
                             Account personalAccount, List<Qualification> chronicQualifications) {

    public record Account(BigDecimal balance, OffsetDateTime asOf, List<AccountLine> recent) {
        public Account {
            recent = List.copyOf(recent);
        }
    }

    public record AccountLine(LocalDate date, String place, BigDecimal amount) {
    }

    public record Qualification(String disease, LocalDate validTo) {
    }

    public ResidentAnswer {
        chronicQualifications = List.copyOf(chronicQualifications);
    }

    @Override
    public String toString() {
        return "ResidentAnswer[" + insuranceType + ", " + status + "]";
    }
}
