package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReimbursementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReimbursementRules rules = new ReimbursementRules(
            Clock.fixed(TODAY.atStartOfDay(SHANGHAI).toInstant(), SHANGHAI));

    private static ReimbursementClaim claim(String amount, String hospital, LocalDate start, LocalDate end, int invoices,
                                            String card) {
        return new ReimbursementClaim(amount, hospital, Optional.ofNullable(start), Optional.ofNullable(end), invoices, card);
    }

    @Test
    void aGoodClaimHasNoErrors() {
        assertThat(rules.validate(claim("1234.50", "山东第一医科大学第一附属医院", TODAY.minusDays(20), TODAY.minusDays(12),
                3, "6222021234567890128"))).isEmpty();
        assertThat(rules.validate(claim("86", "济南市中心医院", TODAY, null, 1, "6217001234567893"))).isEmpty();
        assertThat(rules.validate(claim("86", "济南市中心医院", TODAY, TODAY, 99, "6217001234567893"))).isEmpty();
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(nullValues = "-", value = {
            "'',      医院, 2026-06-01, -,          1,   6217001234567893, amount,         rules.amount.missing",
            "abc,     医院, 2026-06-01, -,          1,   6217001234567893, amount,         rules.amount.not-a-number",
            "0,       医院, 2026-06-01, -,          1,   6217001234567893, amount,         rules.amount.not-positive",
            "12.345,  医院, 2026-06-01, -,          1,   6217001234567893, amount,         rules.amount.too-many-decimals",
            "10000000,医院, 2026-06-01, -,          1,   6217001234567893, amount,         rules.amount.too-large",
            "100,     '',   2026-06-01, -,          1,   6217001234567893, hospital,       rules.reimburse.hospital.missing",
            "100,     医院, -,          -,          1,   6217001234567893, treatmentStart, rules.reimburse.treatment-start.missing",
            "100,     医院, 2026-06-11, -,          1,   6217001234567893, treatmentStart, rules.date.future",
            "100,     医院, 2026-06-01, 2026-06-11, 1,   6217001234567893, treatmentEnd,   rules.date.future",
            "100,     医院, 2026-06-05, 2026-06-04, 1,   6217001234567893, treatmentEnd,   rules.date.end.before-start",
            "100,     医院, 2026-06-01, -,          0,   6217001234567893, invoiceCount,   rules.reimburse.invoices.range",
            "100,     医院, 2026-06-01, -,          100, 6217001234567893, invoiceCount,   rules.reimburse.invoices.range",
            "100,     医院, 2026-06-01, -,          1,   '',               bankCard,       rules.bank-card.missing",
            "100,     医院, 2026-06-01, -,          1,   621700123456789,  bankCard,       rules.bank-card.length",
            "100,     医院, 2026-06-01, -,          1,   6217001234567894, bankCard,       rules.bank-card.check-digit",
            "100,     医院, 2026-06-01, -,          1,   621700123456789A, bankCard,       rules.bank-card.not-digits",
    })
    void oneErrorPerBadField(String amount, String hospital, LocalDate start, LocalDate end, int invoices, String card,
                             String field, String key) {
        assertThat(rules.validate(claim(amount, hospital, start, end, invoices, card)))
                .extracting(FieldError::field, FieldError::key).containsExactly(tuple(field, key));
    }

    @Test
    void errorsCarryTheirArguments() {
        var errors = rules.validate(claim("10000000", "医院", TODAY.plusDays(1), null, 0, "6217001234567893"));
        assertThat(errors).extracting(FieldError::field).containsExactly(ReimbursementClaim.FIELD_AMOUNT,
                ReimbursementClaim.FIELD_TREATMENT_START, ReimbursementClaim.FIELD_INVOICE_COUNT);
        assertThat(errors.get(0).args()).containsExactly(Amounts.MAX);
        assertThat(errors.get(1).args()).containsExactly(TODAY);
        assertThat(errors.get(2).args()).containsExactly(1, 99);
    }

    @Test
    void toStringHidesTheCardNumber() {
        assertThat(claim("1", "医院", TODAY, null, 1, "6217001234567893").toString())
                .doesNotContain("6217001234567893").contains("**** 7893");
    }
}
