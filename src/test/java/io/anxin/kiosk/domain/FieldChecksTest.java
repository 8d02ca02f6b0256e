package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers, bank card numbers and amounts as keyed on the large keypad. */
class FieldChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "138 1234 5678", "0531-86123456", "053186123456",
            "010-12345678", "021 12345678", "0631-1234567"})
    void validPhoneNumbers(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12812345678", "1381234567", "138123456789", "86123456", "0531-123456",
            "010-1234567", "1381234567a", "+8613812345678"})
    void invalidPhoneNumbers(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isFalse();
    }

    @Test
    void mobileOrNot() {
        assertThat(PhoneNumbers.isMobile("13812345678")).isTrue();
        assertThat(PhoneNumbers.isMobile("0531-86123456")).isFalse();
        assertThat(PhoneNumbers.normalise(" 0531-8612 3456 ")).isEqualTo("053186123456");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "6217001234567893,     -",           // 16 digits
            "622848012345678900,   -",           // 18 digits
            "6222021234567890128,  -",           // 19 digits
            "6222 0212 3456 7890 128, -",        // spaces as printed on the card
            "'',                   MISSING",
            "621700123456789,      LENGTH",      // 15 digits
            "62220212345678901280, LENGTH",      // 20 digits
            "6217001234567894,     CHECK_DIGIT", // last digit wrong
            "6217001234567839,     CHECK_DIGIT", // two digits swapped
            "62170012345678X3,     NOT_DIGITS",
    })
    void bankCards(String number, BankCardNumbers.Problem problem) {
        assertThat(BankCardNumbers.check(number).orElse(null)).isEqualTo(problem);
    }

    @Test
    void bankCardMaskedForReadBack() {
        assertThat(BankCardNumbers.masked("6222 0212 3456 7890 128")).isEqualTo("**** 0128");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "1234.50,     -",
            "0.01,        -",
            "12,          -",
            "12.,         -",
            "12.340,      -",
            "9999999.99,  -",
            "'',          MISSING",
            "abc,         NOT_A_NUMBER",
            "-5,          NOT_A_NUMBER",
            "1.2.3,       NOT_A_NUMBER",
            "0,           NOT_POSITIVE",
            "0.00,        NOT_POSITIVE",
            "12.345,      TOO_MANY_DECIMALS",
            "0.001,       TOO_MANY_DECIMALS",
            "10000000,    TOO_LARGE",
    })
    void amounts(String keyed, Amounts.Problem problem) {
        assertThat(Amounts.check(keyed).orElse(null)).isEqualTo(problem);
    }

    @Test
    void amountsParseToScaleTwo() {
        assertThat(Amounts.parse("12")).isEqualTo(new BigDecimal("12.00"));
        assertThat(Amounts.parse(" 1234.5 ")).isEqualTo(new BigDecimal("1234.50"));
        assertThatThrownBy(() -> Amounts.parse("12.345")).isInstanceOf(IllegalArgumentException.class);
    }
}
