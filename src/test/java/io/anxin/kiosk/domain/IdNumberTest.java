package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest
    @ValueSource(strings = {"370102195203154320", "11010519491231002X", "370202195808220816"})
    void acceptsTheSpecNumbers(String text) {
        assertThat(IdNumber.parse(text, TODAY).value()).isEqualTo(text);
    }

    @Test
    void trimsAndNormalisesLowerCaseX() {
        IdNumber id = IdNumber.parse(" \t11010519491231002x\u3000", TODAY);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id).isEqualTo(IdNumber.parse("11010519491231002X", TODAY));
        assertThat(id.hashCode()).isEqualTo(IdNumber.parse("11010519491231002X", TODAY).hashCode());
    }

    @Test
    void derivesBirthDateSexAndAge() {
        IdNumber wang = IdNumber.parse("370102195203154320", TODAY);
        assertThat(wang.birthDate()).isEqualTo(LocalDate.of(1952, 3, 15));
        assertThat(wang.sex()).isEqualTo(Sex.FEMALE);
        assertThat(wang.ageOn(LocalDate.of(2025, 3, 14))).isEqualTo(72);
        assertThat(wang.ageOn(LocalDate.of(2025, 3, 15))).isEqualTo(73);
        assertThat(IdNumber.parse("370202195808220816", TODAY).sex()).isEqualTo(Sex.MALE);
        assertThat(IdNumber.parse("11010519491231002X", TODAY).sex()).isEqualTo(Sex.FEMALE);
        assertThatThrownBy(() -> wang.ageOn(LocalDate.of(1950, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksInToString() {
        IdNumber id = IdNumber.parse("370102195203154320", TODAY);
        assertThat(id.masked()).isEqualTo("370102********4320");
        assertThat(id.toString()).isEqualTo("370102********4320");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "37010219520315432     | ID number must have 18 characters, got 17",
            "3701021952031543201   | ID number must have 18 characters, got 19",
            "''                    | ID number must have 18 characters, got 0",
            "370102520315432       | ID number has 15 digits: old numbers are not accepted, use the 18-character number",
            "3701A2195203154320    | character 5 must be a digit",
            "37010219520315432Y    | character 18 must be a digit or X",
            "370102195202304329    | birth date 19520230 does not exist",
            "370102179901014321    | birth date 17990101 does not exist",
            "370102203001014320    | birth date is in the future",
            "370102195203154324    | check digit should be 0, not 4",
    })
    void rejectsWithPlainWords(String text, String message) {
        assertThatThrownBy(() -> IdNumber.parse(text, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> IdNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(IdNumber.check(null).problem()).contains(IdNumberProblem.LENGTH);
    }

    @Test
    void checkGivesStructuredReasons() {
        IdNumberCheck bad = IdNumber.check("370102195203154324", TODAY);
        assertThat(bad.isValid()).isFalse();
        assertThat(bad.problem()).contains(IdNumberProblem.CHECK_DIGIT);
        assertThat(bad.expectedCheck()).isEqualTo('0');
        assertThat(bad.actualCheck()).isEqualTo('4');
        assertThat(bad.position()).isEqualTo(18);

        assertThat(IdNumber.check("3701A2195203154320", TODAY).position()).isEqualTo(5);
        assertThat(IdNumber.check("3701A2195203154320", TODAY).problem()).contains(IdNumberProblem.NOT_A_DIGIT);
        assertThat(IdNumber.check("370102520315432", TODAY).problem()).contains(IdNumberProblem.OLD_15_DIGIT);
        assertThat(IdNumber.check("370102195202304329", TODAY).problem()).contains(IdNumberProblem.IMPOSSIBLE_DATE);
        assertThat(IdNumber.check("370102203001014320", TODAY).problem()).contains(IdNumberProblem.FUTURE_DATE);
        assertThat(IdNumber.check("37010219520315432", TODAY).problem()).contains(IdNumberProblem.LENGTH);

        IdNumberCheck good = IdNumber.check("11010519491231002x", TODAY);
        assertThat(good.isValid()).isTrue();
        assertThat(good.normalized()).contains("11010519491231002X");
        assertThat(good.message()).isEmpty();
    }

    @Test
    void aBirthDateOfTodayIsNotInTheFuture() {
        String first17 = "11010520250601001";
        String number = first17 + IdNumber.expectedCheckCharacter(first17).orElseThrow();
        assertThat(IdNumber.parse(number, TODAY).birthDate()).isEqualTo(TODAY);
        assertThat(IdNumber.check(number, TODAY.minusDays(1)).problem()).contains(IdNumberProblem.FUTURE_DATE);
    }

    @Test
    void fullWidthDigitsAreNotDigits() {
        assertThat(IdNumber.check("３70102195203154320", TODAY).problem()).contains(IdNumberProblem.NOT_A_DIGIT);
    }

    @Test
    void expectedCheckCharacterForAKeypad() {
        assertThat(IdNumber.expectedCheckCharacter("37010219520315432")).contains('0');
        assertThat(IdNumber.expectedCheckCharacter("11010519491231002")).contains('X');
        assertThat(IdNumber.expectedCheckCharacter("1101051949123100")).isEmpty();
        assertThat(IdNumber.expectedCheckCharacter("1101051949123100A")).isEmpty();
        assertThat(IdNumber.expectedCheckCharacter(null)).isEmpty();
    }
}
