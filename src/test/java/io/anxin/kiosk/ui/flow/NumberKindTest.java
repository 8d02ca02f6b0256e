package io.anxin.kiosk.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NumberKindTest {

    @Test
    void phonesAndCardsAreGroupedForReading() {
        assertThat(NumberKind.PHONE.display("13800138000")).isEqualTo("138 0013 8000");
        assertThat(NumberKind.PHONE.display("053188776655")).isEqualTo("053188776655");
        assertThat(NumberKind.BANK_CARD.display("6222021234567890128")).isEqualTo("6222 0212 3456 7890 128");
        assertThat(NumberKind.BANK_CARD.display("62220")).isEqualTo("6222 0");
        assertThat(NumberKind.AMOUNT.display("12.5")).isEqualTo("12.5");
    }

    @Test
    void onlyBankCardsAreKeyedPrivately() {
        assertThat(NumberKind.BANK_CARD.privateEntry()).isTrue();
        assertThat(NumberKind.PHONE.privateEntry()).isFalse();
        assertThat(NumberKind.AMOUNT.decimalPoint()).isTrue();
        assertThat(NumberKind.COUNT.decimalPoint()).isFalse();
    }

    @Test
    void keyedDatesMustBeRealDays() {
        assertThat(FlowViewModel.keyedDate("20261202")).contains(LocalDate.of(2026, 12, 2));
        assertThat(FlowViewModel.keyedDate("20260230")).isEmpty();
        assertThat(FlowViewModel.keyedDate("20261302")).isEmpty();
        assertThat(FlowViewModel.keyedDate("2026120")).isEmpty();
    }
}
