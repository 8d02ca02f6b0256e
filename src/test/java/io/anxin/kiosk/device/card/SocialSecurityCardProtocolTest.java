package io.anxin.kiosk.device.card;

import static io.anxin.kiosk.device.card.ExampleCard.RECORDS;
import static io.anxin.kiosk.device.card.ExampleCard.SELECT_EF05;
import static io.anxin.kiosk.device.card.ExampleCard.SELECT_EF06;
import static io.anxin.kiosk.device.card.ExampleCard.SELECT_SSSE;
import static io.anxin.kiosk.device.card.ExampleCard.TODAY;
import static io.anxin.kiosk.device.card.ExampleCard.readRecord;
import static io.anxin.kiosk.device.card.ExampleCard.withAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anxin.kiosk.domain.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SocialSecurityCardProtocolTest {

    @Test
    void decodesTheSpecExampleExactly() {
        ScriptedCardChannel channel = ExampleCard.goodScript().build();

        SocialSecurityCard card = SocialSecurityCardProtocol.read(channel, TODAY);

        assertThat(channel.finished()).isTrue();
        assertThat(card.name()).isEqualTo("王秀英");
        assertThat(card.idNumber().value()).isEqualTo("370102195203154320");
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1952, 3, 15));
        assertThat(card.ethnicityCode()).isEqualTo(1);
        assertThat(card.cardNumber()).isEqualTo("A01234567");
        assertThat(card.issuerRegion()).isEqualTo("370100");
        assertThat(card.issuerCode()).isEqualTo("370100000000");
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(card.specVersion()).isEqualTo("3.00");
        assertThat(card.cardType()).isEqualTo("1");
        assertThat(card.cardIdentifier()).isEqualTo("0102030405060708090A0B0C0D0E0F10");
        assertThat(card.birthplace()).isEqualTo("370102");
    }

    @Test
    void toStringHidesTheIdNumberAndName() {
        SocialSecurityCard card = SocialSecurityCardProtocol.read(ExampleCard.goodScript().build(), TODAY);

        assertThat(card.toString()).doesNotContain("370102195203154320", "王秀英", "秀英", "A01234567", "19520315")
                .contains("370102********4320", "王**");
    }

    @Test
    void anExpiredCardStillReads() {
        SocialSecurityCard card = SocialSecurityCardProtocol.read(ExampleCard.goodScript().build(), TODAY);

        assertThat(card.isExpiredOn(LocalDate.of(2029, 6, 1))).isFalse();
        assertThat(card.isExpiredOn(LocalDate.of(2029, 6, 2))).isTrue();
        SocialSecurityCard later = SocialSecurityCardProtocol.read(ExampleCard.goodScript().build(),
                LocalDate.of(2031, 1, 1));
        assertThat(later.isExpiredOn(LocalDate.of(2031, 1, 1))).isTrue();
    }

    // ---- status words ----

    @Test
    void answers61xxWithGetResponse() {
        ScriptedCardChannel.Builder script = ScriptedCardChannel.script()
                .expect(SELECT_SSSE).answer("6100")
                .expect("00C0000000").answer("6F108407A0000000031010A5049F6501FF9000")
                .expect(SELECT_EF05).answer("9000")
                .expect(readRecord(1)).answer("6112")
                .expect("00C0000012").answer(RECORDS.get(0) + "9000");
        for (int n = 2; n <= 7; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        script.expect(SELECT_EF06).answer("9000");
        for (int n = 8; n <= 13; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        ScriptedCardChannel channel = script.build();

        assertThat(SocialSecurityCardProtocol.read(channel, TODAY).name()).isEqualTo("王秀英");
        assertThat(channel.finished()).isTrue();
    }

    @Test
    void chained61xxIsGatheredAcrossGetResponses() {
        String record9 = RECORDS.get(8);
        ScriptedCardChannel.Builder script = prefixUpTo(9);
        script.expect(readRecord(9)).answer("6110")
                .expect("00C0000010").answer(record9.substring(0, 32) + "6110")
                .expect("00C0000010").answer(record9.substring(32) + "9000");
        suffixFrom(10, script);

        assertThat(SocialSecurityCardProtocol.read(script.build(), TODAY).name()).isEqualTo("王秀英");
    }

    @Test
    void resendsWithTheLeThatA6CxxAsksFor() {
        ScriptedCardChannel.Builder script = prefixUpTo(2);
        script.expect(readRecord(2)).answer("6C03")
                .expect(readRecord(2)).answer(RECORDS.get(1) + "9000");
        script.expect(readRecord(3)).answer("6C06")
                .expect("00B2030406").answer(RECORDS.get(2) + "9000");
        for (int n = 4; n <= 7; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        script.expect(SELECT_EF06).answer("6C00")
                .expect(SELECT_EF06 + "00").answer("9000");
        for (int n = 8; n <= 13; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        ScriptedCardChannel channel = script.build();

        assertThat(SocialSecurityCardProtocol.read(channel, TODAY).specVersion()).isEqualTo("3.00");
        assertThat(channel.finished()).isTrue();
    }

    @Test
    void aCardThatKeepsAnswering6CxxIsStoppedAfterABoundedNumberOfExchanges() {
        ScriptedCardChannel.Builder script = prefixUpTo(1);
        for (int i = 0; i < ApduExchange.MAX_EXCHANGES; i++) {
            script.expect(readRecord(1)).answer("6C12");
        }
        ScriptedCardChannel channel = script.build();

        CardReadException e = readFails(channel);

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_ERROR);
        assertThat(e.statusWord()).isEqualTo(0x6C12);
        assertThat(channel.finished()).isTrue();
    }

    @Test
    void aCardThatKeepsAnswering61xxIsStoppedAfterABoundedNumberOfExchanges() {
        ScriptedCardChannel.Builder script = ScriptedCardChannel.script().expect(SELECT_SSSE).answer("6101");
        for (int i = 1; i < ApduExchange.MAX_EXCHANGES; i++) {
            script.expect("00C0000001").answer("006101");
        }

        CardReadException e = readFails(script.build());

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_ERROR);
        assertThat(e.statusWord()).isEqualTo(0x6101);
    }

    @Test
    void sw6A82OnTheFirstSelectIsNotASocialSecurityCard() {
        CardReadException e = readFails(ScriptedCardChannel.script().expect(SELECT_SSSE).answer("6A82").build());

        assertThat(e.kind()).isEqualTo(CardFailure.NOT_SOCIAL_SECURITY_CARD);
        assertThat(e.statusWord()).isEqualTo(0x6A82);
    }

    @Test
    void sw6999OnTheFirstSelectIsNotASocialSecurityCard() {
        CardReadException e = readFails(ScriptedCardChannel.script().expect(SELECT_SSSE).answer("6999").build());

        assertThat(e.kind()).isEqualTo(CardFailure.NOT_SOCIAL_SECURITY_CARD);
        assertThat(e.statusWord()).isEqualTo(0x6999);
    }

    @Test
    void sw6A82OnALaterSelectIsACardError() {
        CardReadException e = readFails(ScriptedCardChannel.script()
                .expect(SELECT_SSSE).answer("9000")
                .expect(SELECT_EF05).answer("6A82").build());

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_ERROR);
        assertThat(e.statusWord()).isEqualTo(0x6A82);
        assertThat(e.getMessage()).contains(SELECT_EF05);
    }

    @Test
    void sw6982OnTheHolderRecordsIsDataProtected() {
        CardReadException e = readFails(withAnswer(8, "6982"));

        assertThat(e.kind()).isEqualTo(CardFailure.DATA_PROTECTED);
        assertThat(e.statusWord()).isEqualTo(0x6982);
    }

    @Test
    void sw6982OnSelectEf06IsDataProtected() {
        ScriptedCardChannel.Builder script = prefixUpTo(8);
        script.replaceAnswer(ExampleCard.stepOf(8) - 1, "6982");

        CardReadException e = readFails(script.firstSteps(ExampleCard.stepOf(8)).build());

        assertThat(e.kind()).isEqualTo(CardFailure.DATA_PROTECTED);
    }

    @Test
    void anyOtherStatusWordIsACardErrorNamingTheCommand() {
        CardReadException e = readFails(withAnswer(3, "6A83"));

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_ERROR);
        assertThat(e.statusWord()).isEqualTo(0x6A83);
        assertThat(e.getMessage()).contains("6A83").contains("00B2030406");
    }

    // ---- card removed ----

    @Test
    void cardExceptionOnTheFirstCommandIsCardRemoved() {
        CardReadException e = readFails(ScriptedCardChannel.script()
                .expect(SELECT_SSSE).fail(() -> new javax.smartcardio.CardException("SCARD_W_REMOVED_CARD")).build());

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_REMOVED);
        assertThat(e.statusWord()).isZero();
    }

    @Test
    void cardExceptionInTheMiddleIsCardRemoved() {
        ScriptedCardChannel.Builder script = prefixUpTo(4);
        script.expect(readRecord(4)).fail(() -> new javax.smartcardio.CardException("SCARD_E_NO_SMARTCARD"));

        assertThat(readFails(script.build()).kind()).isEqualTo(CardFailure.CARD_REMOVED);
    }

    @Test
    void illegalStateOnSelectEf06IsCardRemoved() {
        ScriptedCardChannel.Builder script = prefixUpTo(8).firstSteps(ExampleCard.stepOf(8) - 1);
        script.expect(SELECT_EF06).fail(() -> new IllegalStateException("Card was removed"));

        assertThat(readFails(script.build()).kind()).isEqualTo(CardFailure.CARD_REMOVED);
    }

    @Test
    void illegalStateOnTheLastRecordIsCardRemoved() {
        ScriptedCardChannel.Builder script = prefixUpTo(13);
        script.expect(readRecord(13)).fail(() -> new IllegalStateException("Card was removed"));

        assertThat(readFails(script.build()).kind()).isEqualTo(CardFailure.CARD_REMOVED);
    }

    @Test
    void illegalStateDuringGetResponseIsCardRemoved() {
        ScriptedCardChannel.Builder script = prefixUpTo(1);
        script.expect(readRecord(1)).answer("6112")
                .expect("00C0000012").fail(() -> new IllegalStateException("Card was disconnected"));

        assertThat(readFails(script.build()).kind()).isEqualTo(CardFailure.CARD_REMOVED);
    }

    @Test
    void anyOtherRuntimeExceptionFromTheChannelIsACardError() {
        CardReadException e = readFails(ScriptedCardChannel.script()
                .expect(SELECT_SSSE).fail(() -> new UnsupportedOperationException("driver bug")).build());

        assertThat(e.kind()).isEqualTo(CardFailure.CARD_ERROR);
    }

    /** Steps up to (not including) the READ RECORD of record {@code n}. */
    static ScriptedCardChannel.Builder prefixUpTo(int n) {
        return ExampleCard.goodScript().firstSteps(ExampleCard.stepOf(n));
    }

    static void suffixFrom(int n, ScriptedCardChannel.Builder script) {
        for (int r = n; r <= 13; r++) {
            if (r == 8) {
                script.expect(SELECT_EF06).answer("9000");
            }
            script.expect(readRecord(r)).answer(RECORDS.get(r - 1) + "9000");
        }
    }

    static CardReadException readFails(ScriptedCardChannel channel) {
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> SocialSecurityCardProtocol.read(channel, TODAY));
        assertThat(e).as("expected a CardReadException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("370102195203154320", "王秀英", "19520315");
        return e;
    }
}
