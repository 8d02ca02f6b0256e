package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a resident entered for manual reimbursement (医疗费手工报销), possibly incomplete.
 *
 * @param amount         the total as keyed, e.g. {@code 1234.50}
 * @param hospital       the hospital's catalog name; empty when not chosen
 * @param treatmentStart first day of treatment (the visit date for outpatient costs)
 * @param treatmentEnd   last day (discharge) for an inpatient stay; empty for a single visit
 * @param invoiceCount   number of invoices handed in; 0 when not entered
 * @param bankCard       the resident's bank card number as keyed
 */
public record ReimbursementClaim(String amount, String hospital, Optional<LocalDate> treatmentStart,
                                 Optional<LocalDate> treatmentEnd, int invoiceCount, String bankCard) {

    public static final String FIELD_AMOUNT = "amount";
    public static final String FIELD_HOSPITAL = "hospital";
    public static final String FIELD_TREATMENT_START = "treatmentStart";
    public static final String FIELD_TREATMENT_END = "treatmentEnd";
    public static final String FIELD_INVOICE_COUNT = "invoiceCount";
    public static final String FIELD_BANK_CARD = "bankCard";

    public ReimbursementClaim {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(treatmentStart, "treatmentStart");
        Objects.requireNonNull(treatmentEnd, "treatmentEnd");
        Objects.requireNonNull(bankCard, "bankCard");
    }

    /** No bank card digits in logs. */
    @Override
    public String toString() {
        return "ReimbursementClaim[" + amount + ", " + hospital + ", " + treatmentStart.orElse(null) + ".."
                + treatmentEnd.orElse(null) + ", invoices=" + invoiceCount + ", card=" + BankCardNumbers.masked(bankCard) + "]";
    }
}
