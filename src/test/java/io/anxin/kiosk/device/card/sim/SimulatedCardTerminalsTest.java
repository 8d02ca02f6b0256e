package io.anxin.kiosk.device.card.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.kiosk.device.card.CardFailure;
import io.anxin.kiosk.device.card.CardReadException;
import io.anxin.kiosk.device.card.ExampleCard;
import io.anxin.kiosk.device.card.SocialSecurityCard;
import io.anxin.kiosk.device.card.SocialSecurityCardProtocol;
import io.anxin.kiosk.domain.Sex;
import java.time.LocalDate;
import io.anxin.kiosk.device.card.Hex;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.junit.jupiter.api.Test;

/** Reads through the real javax.smartcardio API: TerminalFactory, CardTerminal, Card, CardChannel. */
class SimulatedCardTerminalsTest {

    private final SimulatedCardTerminals simulator = new SimulatedCardTerminals("Test Reader");

    @Test
    void readsTheSpecExampleCardThroughSmartcardio() throws Exception {
        simulator.insert(ExampleCard.holder());
        CardTerminals terminals = simulator.terminals();
        assertThat(terminals.list()).extracting(CardTerminal::getName).containsExactly("Test Reader");
        CardTerminal terminal = terminals.getTerminal("Test Reader");
        assertThat(terminal.isCardPresent()).isTrue();

        Card card = terminal.connect("*");
        SocialSecurityCard read = SocialSecurityCardProtocol.read(card.getBasicChannel(), ExampleCard.TODAY);
        card.disconnect(false);

        assertThat(read.name()).isEqualTo("王秀英");
        assertThat(read.idNumber().value()).isEqualTo("370102195203154320");
        assertThat(read.sex()).isEqualTo(Sex.FEMALE);
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1952, 3, 15));
        assertThat(read.ethnicityCode()).isEqualTo(1);
        assertThat(read.cardNumber()).isEqualTo("A01234567");
        assertThat(read.issuerRegion()).isEqualTo("370100");
        assertThat(read.issueDate()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(read.expiryDate()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(read.specVersion()).isEqualTo("3.00");
        assertThat(read.cardIdentifier()).isEqualTo("0102030405060708090A0B0C0D0E0F10");
        assertThat(read.birthplace()).isEqualTo("370102");
    }

    @Test
    void aCardWithoutTheApplicationIsNotASocialSecurityCard() throws Exception {
        simulator.insertCardWithoutApplication();
        Card card = simulator.terminal().connect("*");

        assertThatThrownBy(() -> SocialSecurityCardProtocol.read(card.getBasicChannel()))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CardFailure.NOT_SOCIAL_SECURITY_CARD);
                    assertThat(e.statusWord()).isEqualTo(0x6999);
                });
    }

    @Test
    void protectedHolderDataAnswers6982() throws Exception {
        simulator.insert(CardImage.of(ExampleCard.holder()).withHolderDataProtected(true));
        Card card = simulator.terminal().connect("*");

        assertThatThrownBy(() -> SocialSecurityCardProtocol.read(card.getBasicChannel()))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CardFailure.DATA_PROTECTED);
                    assertThat(e.statusWord()).isEqualTo(0x6982);
                });
    }

    @Test
    void aPulledCardIsCardRemoved() throws Exception {
        simulator.insert(ExampleCard.holder());
        Card card = simulator.terminal().connect("*");
        simulator.remove();

        assertThat(simulator.terminal().isCardPresent()).isFalse();
        assertThatThrownBy(() -> SocialSecurityCardProtocol.read(card.getBasicChannel()))
                .isInstanceOfSatisfying(CardReadException.class,
                        e -> assertThat(e.kind()).isEqualTo(CardFailure.CARD_REMOVED));
    }

    @Test
    void aBrokenRecordOnTheSimulatedCardIsDataInvalid() throws Exception {
        simulator.insert(CardImage.of(ExampleCard.holder()).withRecord(0x0D, new byte[] {0x19, 0x52, 0x03, 0x16}));
        Card card = simulator.terminal().connect("*");

        assertThatThrownBy(() -> SocialSecurityCardProtocol.read(card.getBasicChannel(), ExampleCard.TODAY))
                .isInstanceOfSatisfying(CardReadException.class,
                        e -> assertThat(e.kind()).isEqualTo(CardFailure.DATA_INVALID));
    }

    @Test
    void theAppletAnswersLikeTheSpecCard() throws Exception {
        simulator.insert(ExampleCard.holder());
        CardChannel channel = simulator.terminal().connect("*").getBasicChannel();

        assertThat(sw(channel, "00B2010412")).as("no current file yet").isEqualTo(0x6986);
        assertThat(sw(channel, ExampleCard.SELECT_SSSE)).isEqualTo(0x9000);
        assertThat(sw(channel, "00A4020002EF07")).isEqualTo(0x6A82);
        assertThat(sw(channel, ExampleCard.SELECT_EF05)).isEqualTo(0x9000);
        assertThat(sw(channel, "00B2010420")).as("wrong Le").isEqualTo(0x6C12);
        assertThat(sw(channel, "00B2080414")).as("record of EF06 while in EF05").isEqualTo(0x6A83);
        ResponseAPDU record = channel.transmit(new CommandAPDU(Hex.parse("00B207040B")));
        assertThat(Hex.of(record.getBytes())).isEqualTo(ExampleCard.RECORDS.get(6) + "9000");
    }

    private static int sw(CardChannel channel, String command) throws Exception {
        return channel.transmit(new CommandAPDU(Hex.parse(command))).getSW();
    }

    @Test
    void insertingAgainReplacesTheCard() throws Exception {
        simulator.insertCardWithoutApplication();
        simulator.insert(ExampleCard.holder());
        Card card = simulator.terminal().connect("*");

        assertThat(SocialSecurityCardProtocol.read(card.getBasicChannel(), ExampleCard.TODAY).cardNumber())
                .isEqualTo("A01234567");
    }
}
