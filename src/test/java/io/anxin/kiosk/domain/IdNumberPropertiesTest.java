package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class IdNumberPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Property(tries = 1000)
    void anyStringEitherParsesOrIsAnIllegalArgument(@ForAll("idLikeStrings") String text) {
        try {
            IdNumber id = IdNumber.parse(text, TODAY);
            assertThat(id.value()).hasSize(18).isEqualTo(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(IdNumber.check(text, TODAY).isValid()).isFalse();
        }
    }

    @Property(tries = 1000)
    void validNumbersRoundTrip(@ForAll("validNumbers") String number) {
        IdNumber id = IdNumber.parse(number, TODAY);

        assertThat(id.value()).isEqualTo(number);
        assertThat(IdNumber.parse("  " + number.toLowerCase() + "\n", TODAY)).isEqualTo(id);
        assertThat(id.birthDate()).hasToString(number.substring(6, 10) + "-" + number.substring(10, 12) + "-"
                + number.substring(12, 14));
        assertThat(id.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(id.masked()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
        assertThat(id.toString()).doesNotContain(number.substring(6, 14));
        assertThat(id.ageOn(TODAY)).isBetween(0, 200);
    }

    @Property(tries = 500)
    void everySingleDigitChangeIsCaught(@ForAll("validNumbers") String number,
                                        @ForAll @IntRange(min = 0, max = 16) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int delta) {
        char changed = (char) ('0' + (number.charAt(position) - '0' + delta) % 10);
        String corrupted = number.substring(0, position) + changed + number.substring(position + 1);

        assertThat(IdNumber.check(corrupted, TODAY).isValid()).isFalse();
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> {
            String first17 = r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
            return first17 + IdNumber.expectedCheckCharacter(first17).orElseThrow();
        });
    }

    @Provide
    Arbitrary<String> idLikeStrings() {
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> nearlyNumbers = Arbitraries.strings().withChars("0123456789Xx \t").ofMinLength(14)
                .ofMaxLength(20);
        Arbitrary<String> digits18 = Arbitraries.strings().numeric().ofLength(17)
                .flatMap(d -> Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x', 'Y')
                        .map(c -> d + c));
        return Arbitraries.frequencyOf(
                Tuple.of(3, anything),
                Tuple.of(3, nearlyNumbers),
                Tuple.of(4, digits18),
                Tuple.of(2, validNumbers()),
                Tuple.of(1, Arbitraries.just((String) null)));
    }
}
