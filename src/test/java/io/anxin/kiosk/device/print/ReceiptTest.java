package io.anxin.kiosk.device.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.kiosk.domain.IdNumber;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static Receipt withId(String maskedId) {
        return new Receipt("异地就医备案", "A1", ZonedDateTime.now(), maskedId, "", List.of(), List.of(), "大厅", "", "12393", false, null);
    }

    @Test
    void takesTheMaskedFormOfAnIdNumber() {
        String masked = IdNumber.parse(ExampleReceipts.FULL_ID).masked();
        assertThat(withId(masked).maskedId()).isEqualTo(ExampleReceipts.MASKED_ID);
    }

    @Test
    void refusesAFullIdNumberAsTheIdOrInsideAnyText() {
        assertThatThrownBy(() -> withId(ExampleReceipts.FULL_ID)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(ExampleReceipts.FULL_ID);
        assertThatThrownBy(() -> withId("3701021950******20")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt("异地就医备案", "A1", ZonedDateTime.now(), ExampleReceipts.MASKED_ID, "", List.of(),
                List.of("身份证" + ExampleReceipts.FULL_ID + "复印件"), "大厅", "", "12393", false, null))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(ExampleReceipts.FULL_ID);
    }

    @Test
    void toStringShowsNeitherSalutationNorLists() {
        Receipt receipt = ExampleReceipts.chronicFiling();
        assertThat(receipt.toString()).contains(ExampleReceipts.ACCEPTANCE_NO, ExampleReceipts.MASKED_ID)
                .doesNotContain("王女士", "社保卡");
    }

    @Test
    void acceptanceNumbersAreSafeAsFileNames() {
        for (String bad : List.of("../etc/passwd", "A/1", "", "-A1", "A 1")) {
            assertThatThrownBy(() -> new Receipt("s", bad, ZonedDateTime.now(), ExampleReceipts.MASKED_ID, null, null, null, "h", null, "1", false, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void defaultsToSimplifiedChineseAndEmptyOptionals() {
        Receipt receipt = new Receipt("s", "A1", ZonedDateTime.now(), ExampleReceipts.MASKED_ID, null, null, null, "h", null, "1", false, null);
        assertThat(receipt.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(receipt.hasSalutation()).isFalse();
        assertThat(receipt.nextSteps()).isEmpty();
        assertThat(receipt.hallAddress()).isEmpty();
    }
}
