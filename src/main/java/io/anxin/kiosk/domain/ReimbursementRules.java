package io.anxin.kiosk.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Field checks for manual reimbursement: amount more than 0 with at most two decimals
 * ({@link Amounts}); a hospital; treatment dates not in the future, the end not before the start;
 * {@value #MIN_INVOICES} to {@value #MAX_INVOICES} invoices; a 16-19 digit bank card number with a
 * valid Luhn digit ({@link BankCardNumbers}). Immutable and thread-safe.
 */
public final class ReimbursementRules {

    public static final int MIN_INVOICES = 1;
    public static final int MAX_INVOICES = 99;

    public static final String KEY_AMOUNT_MISSING = "rules.amount.missing";
    public static final String KEY_AMOUNT_NOT_A_NUMBER = "rules.amount.not-a-number";
    public static final String KEY_AMOUNT_NOT_POSITIVE = "rules.amount.not-positive";
    public static final String KEY_AMOUNT_TOO_MANY_DECIMALS = "rules.amount.too-many-decimals";
    public static final String KEY_AMOUNT_TOO_LARGE = "rules.amount.too-large";
    public static final String KEY_HOSPITAL_MISSING = "rules.reimburse.hospital.missing";
    public static final String KEY_TREATMENT_START_MISSING = "rules.reimburse.treatment-start.missing";
    public static final String KEY_DATE_FUTURE = "rules.date.future";
    public static final String KEY_END_BEFORE_START = "rules.date.end.before-start";
    public static final String KEY_INVOICES_RANGE = "rules.reimburse.invoices.range";
    public static final String KEY_BANK_CARD_MISSING = "rules.bank-card.missing";
    public static final String KEY_BANK_CARD_NOT_DIGITS = "rules.bank-card.not-digits";
    public static final String KEY_BANK_CARD_LENGTH = "rules.bank-card.length";
    public static final String KEY_BANK_CARD_CHECK_DIGIT = "rules.bank-card.check-digit";

    private final Clock clock;

    public ReimbursementRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The field errors of {@code claim}, in screen order; empty when it can be submitted. */
    public List<FieldError> validate(ReimbursementClaim claim) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        Amounts.check(claim.amount()).ifPresent(p -> errors.add(switch (p) {
            case MISSING -> FieldError.of(ReimbursementClaim.FIELD_AMOUNT, KEY_AMOUNT_MISSING);
            case NOT_A_NUMBER -> FieldError.of(ReimbursementClaim.FIELD_AMOUNT, KEY_AMOUNT_NOT_A_NUMBER);
            case NOT_POSITIVE -> FieldError.of(ReimbursementClaim.FIELD_AMOUNT, KEY_AMOUNT_NOT_POSITIVE);
            case TOO_MANY_DECIMALS -> FieldError.of(ReimbursementClaim.FIELD_AMOUNT, KEY_AMOUNT_TOO_MANY_DECIMALS);
            case TOO_LARGE -> FieldError.of(ReimbursementClaim.FIELD_AMOUNT, KEY_AMOUNT_TOO_LARGE, Amounts.MAX);
        }));
        if (claim.hospital().isBlank()) {
            errors.add(FieldError.of(ReimbursementClaim.FIELD_HOSPITAL, KEY_HOSPITAL_MISSING));
        }
        Optional<LocalDate> start = claim.treatmentStart();
        if (start.isEmpty()) {
            errors.add(FieldError.of(ReimbursementClaim.FIELD_TREATMENT_START, KEY_TREATMENT_START_MISSING));
        } else if (start.get().isAfter(today)) {
            errors.add(FieldError.of(ReimbursementClaim.FIELD_TREATMENT_START, KEY_DATE_FUTURE, today));
        }
        Optional<LocalDate> end = claim.treatmentEnd();
        if (end.isPresent()) {
            if (end.get().isAfter(today)) {
                errors.add(FieldError.of(ReimbursementClaim.FIELD_TREATMENT_END, KEY_DATE_FUTURE, today));
            } else if (start.isPresent() && end.get().isBefore(start.get())) {
                errors.add(FieldError.of(ReimbursementClaim.FIELD_TREATMENT_END, KEY_END_BEFORE_START, start.get()));
            }
        }
        if (claim.invoiceCount() < MIN_INVOICES || claim.invoiceCount() > MAX_INVOICES) {
            errors.add(FieldError.of(ReimbursementClaim.FIELD_INVOICE_COUNT, KEY_INVOICES_RANGE, MIN_INVOICES, MAX_INVOICES));
        }
        BankCardNumbers.check(claim.bankCard()).ifPresent(p -> errors.add(FieldError.of(ReimbursementClaim.FIELD_BANK_CARD,
                switch (p) {
                    case MISSING -> KEY_BANK_CARD_MISSING;
                    case NOT_DIGITS -> KEY_BANK_CARD_NOT_DIGITS;
                    case LENGTH -> KEY_BANK_CARD_LENGTH;
                    case CHECK_DIGIT -> KEY_BANK_CARD_CHECK_DIGIT;
                })));
        return errors;
    }
}
