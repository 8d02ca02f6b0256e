package io.anxin.kiosk.device.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a card answers, the protocol ends with a card or a {@link CardReadException}: never
 * another exception, never an endless exchange.
 */
class ApduFuzzPropertiesTest {

    /** 16 logical commands at most, each allowed {@link ApduExchange#MAX_EXCHANGES} exchanges. */
    private static final int MAX_TRANSMITS = 16 * ApduExchange.MAX_EXCHANGES;

    @Property(tries = 300)
    void randomAnswersOnlyEverGiveACardOrACardReadException(
            @ForAll @Size(max = 200) List<@net.jqwik.api.From("answers") Answer> answers) {
        FuzzChannel channel = new FuzzChannel(answers);
        try {
            SocialSecurityCard card = SocialSecurityCardProtocol.read(channel, LocalDate.of(2025, 6, 1));
            assertThat(card.idNumber().value()).hasSize(18);
            assertThat(card.toString()).doesNotContain(card.idNumber().value());
            Statistics.collect("card");
        } catch (CardReadException e) {
            assertThat(e.kind()).isNotNull();
            Statistics.collect(e.kind().name());
            assertThat(e.getMessage()).doesNotContain("370102195203154320", "王秀英");
        }
        assertThat(channel.transmits).isLessThanOrEqualTo(MAX_TRANSMITS);
    }

    /** How the fake card answers one command. */
    sealed interface Answer permits Correct, Mutated, Raw, Thrown {
    }

    /** The right answer for that command. */
    record Correct() implements Answer {
    }

    /** The right answer with one byte replaced. */
    record Mutated(int index, byte value) implements Answer {
    }

    /** Arbitrary bytes followed by a status word. */
    record Raw(byte[] data, int sw) implements Answer {
    }

    /** The channel throws. */
    record Thrown(boolean cardException) implements Answer {
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> sw = Arbitraries.oneOf(
                Arbitraries.of(0x9000, 0x6A82, 0x6999, 0x6982, 0x6A83, 0x6E00, 0x6700),
                Arbitraries.integers().between(0x00, 0xFF).map(x -> 0x6100 | x),
                Arbitraries.integers().between(0x00, 0xFF).map(x -> 0x6C00 | x),
                Arbitraries.integers().between(0x0000, 0xFFFF));
        Arbitrary<Answer> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
                .flatMap(data -> sw.map(s -> new Raw(data, s)));
        Arbitrary<Answer> mutated = Arbitraries.integers().between(0, 40)
                .flatMap(i -> Arbitraries.bytes().map(b -> new Mutated(i, b)));
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(new Correct())),
                Tuple.of(3, mutated),
                Tuple.of(3, raw),
                Tuple.of(1, Arbitraries.of(new Thrown(true), new Thrown(false))));
    }

    /** Answers each command as the next {@link Answer} says; after the list, always correctly. */
    private static final class FuzzChannel extends CardChannel {
        private final List<Answer> answers;
        private int transmits;

        FuzzChannel(List<Answer> answers) {
            this.answers = answers;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            transmits++;
            if (transmits > MAX_TRANSMITS) {
                throw new AssertionError("the protocol kept talking: " + transmits + " commands");
            }
            Answer answer = transmits <= answers.size() ? answers.get(transmits - 1) : new Correct();
            byte[] correct = correctAnswer(command);
            if (answer instanceof Mutated m) {
                byte[] copy = correct.clone();
                copy[m.index() % copy.length] = m.value();
                return new ResponseAPDU(copy);
            }
            if (answer instanceof Raw r) {
                return new ResponseAPDU(ByteBuffer.allocate(r.data().length + 2).put(r.data())
                        .putShort((short) r.sw()).array());
            }
            if (answer instanceof Thrown t) {
                if (t.cardException()) {
                    throw new CardException("SCARD_W_REMOVED_CARD");
                }
                throw new IllegalStateException("Card was removed");
            }
            return new ResponseAPDU(correct);
        }

        private static byte[] correctAnswer(CommandAPDU command) {
            if (command.getINS() == 0xB2 && command.getP1() >= 1 && command.getP1() <= 13) {
                return Hex.parse(ExampleCard.RECORDS.get(command.getP1() - 1) + "9000");
            }
            return Hex.parse("9000");
        }

        @Override
        public Card getCard() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
