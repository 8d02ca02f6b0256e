package io.anxin.kiosk.device.card;

import static io.anxin.kiosk.device.card.ExampleCard.TODAY;
import static io.anxin.kiosk.device.card.ExampleCard.withAnswer;
import static io.anxin.kiosk.device.card.SocialSecurityCardProtocolTest.readFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.kiosk.domain.Sex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record format and the consistency rules of the spec: anything odd is DATA_INVALID. */
class CardRecordRulesTest {

    private static final String OK = "9000";

    @ParameterizedTest(name = "record {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "13 | 0D0419520316                                   | birth date differs from the number",
            "10 | 0A0131                                         | sex says male, number says female",
            "8  | 0812333730313032313935323033313534333234       | wrong check digit",
            "8  | 0812333730313032313935323032333034333239       | impossible date in the number",
            "8  | 08123337303130323139353230333135343332         | header says 18, 17 bytes came",
            "5  | 05042019060A                                   | BCD nibble above 9",
            "6  | 060420290231                                   | impossible expiry date",
            "13 | 0D0400010101                                   | year 0001",
            "12 | 0C033701A2                                     | BCD nibble in birthplace",
            "3  | 0404332E3030                                   | tag of record 4 in answer to record 3",
            "3  | 0305332E303000                                 | length byte 5 instead of 4",
            "3  | 03                                             | header cut short",
            "3  | ''                                             | no data at all",
            "2  | 020141                                         | card type not a digit",
            "4  | 040C3337303130304130303030303030               | issuer not all digits",
            "7  | 07094130313233343536FF                         | card number not ASCII",
            "10 | 0A0133                                         | sex code 3",
            "9  | 091EFFFF000000000000000000000000000000000000000000000000000000000000 | not GBK",
            "9  | 091ECDF5D0E3D300000000000000000000000000000000000000000000000000 | lone lead byte",
            "9  | 091E000000000000000000000000000000000000000000000000000000000000 | empty name",
            "9  | 091ECDF500D0E3D3A200000000000000000000000000000000000000000000 | zero inside the name",
    })
    void breaksARule(int record, String response, String why) {
        CardReadException e = readFails(withAnswer(record, response + OK));

        assertThat(e.kind()).as(why).isEqualTo(CardFailure.DATA_INVALID);
        assertThat(e.statusWord()).isZero();
    }

    @Test
    void nameMayBePaddedWithSpaces() {
        String spaces = "20".repeat(24);
        SocialSecurityCard card = SocialSecurityCardProtocol.read(withAnswer(9, "091ECDF5D0E3D3A2" + spaces + OK), TODAY);

        assertThat(card.name()).isEqualTo("王秀英");
    }

    @Test
    void nameMayBePaddedWithAMixOfSpacesAndZeros() {
        String padding = "2000".repeat(12);
        SocialSecurityCard card = SocialSecurityCardProtocol.read(withAnswer(9, "091ECDF5D0E3D3A2" + padding + OK), TODAY);

        assertThat(card.name()).isEqualTo("王秀英");
    }

    @Test
    void unknownSexOnTheCardTakesTheSexFromTheNumber() {
        for (String code : new String[] {"30", "39"}) {
            SocialSecurityCard card = SocialSecurityCardProtocol.read(withAnswer(10, "0A01" + code + OK), TODAY);
            assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        }
    }

    @Test
    void aLowerCaseXInTheNumberIsAcceptedAndNormalised() {
        // 11010519491231002X, female, born 1949-12-31
        String number = hex("11010519491231002x");
        ScriptedCardChannel channel = ExampleCard.goodScript()
                .replaceAnswer(ExampleCard.stepOf(8), "0812" + number + OK)
                .replaceAnswer(ExampleCard.stepOf(13), "0D0419491231" + OK)
                .build();

        SocialSecurityCard card = SocialSecurityCardProtocol.read(channel, TODAY);

        assertThat(card.idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(card.birthDate()).hasToString("1949-12-31");
    }

    @Test
    void aMaleCardWithAMaleNumberReads() {
        String number = hex("370202195808220816");
        ScriptedCardChannel channel = ExampleCard.goodScript()
                .replaceAnswer(ExampleCard.stepOf(8), "0812" + number + OK)
                .replaceAnswer(ExampleCard.stepOf(10), "0A0131" + OK)
                .replaceAnswer(ExampleCard.stepOf(13), "0D0419580822" + OK)
                .build();

        assertThat(SocialSecurityCardProtocol.read(channel, TODAY).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aNumberWithAFutureBirthDateIsInvalid() {
        String number = hex("110105203001010019");
        ScriptedCardChannel channel = ExampleCard.goodScript()
                .replaceAnswer(ExampleCard.stepOf(8), "0812" + number + OK)
                .replaceAnswer(ExampleCard.stepOf(13), "0D0420300101" + OK)
                .build();

        CardReadException e = readFails(channel);

        assertThat(e.kind()).isEqualTo(CardFailure.DATA_INVALID);
        assertThat(e.getMessage()).doesNotContain("110105203001010019");
    }

    @Test
    void ethnicityIsTheBinaryCode() {
        SocialSecurityCard card = SocialSecurityCardProtocol.read(withAnswer(11, "0B0138" + OK), TODAY);

        assertThat(card.ethnicityCode()).isEqualTo(0x38);
    }

    private static String hex(String ascii) {
        return Hex.of(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
