package io.anxin.kiosk.device.card.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.kiosk.device.card.CardEvent;
import io.anxin.kiosk.device.card.CardEvent.CardInserted;
import io.anxin.kiosk.device.card.CardEvent.CardRead;
import io.anxin.kiosk.device.card.CardEvent.CardReadFailed;
import io.anxin.kiosk.device.card.CardEvent.CardRemoved;
import io.anxin.kiosk.device.card.CardEvent.ReaderAttached;
import io.anxin.kiosk.device.card.CardFailure;
import io.anxin.kiosk.device.card.CardReaderListener;
import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.device.card.ExampleCard;
import io.anxin.kiosk.device.card.Sleeper;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Demo mode end to end: CardReaders over the jCardSim reader, cards put in and pulled out. */
class SimulatedCardReadersTest {

    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();

    /**
     * Repeated: removing a card once let the reader thread catch jCardSim's placeholder card and
     * report a bank card (1 run in 40 under load); GuardedTerminal closed that window.
     */
    @org.junit.jupiter.api.RepeatedTest(20)
    void readsInsertedCardsAndNoticesRemoval() throws Exception {
        SimulatedCardTerminals simulator = new SimulatedCardTerminals();
        String reader = SimulatedCardTerminals.DEFAULT_READER_NAME;
        CardReaders.Timing timing = new CardReaders.Timing(Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(5));
        try (CardReaders readers = new CardReaders(simulator::terminals, Pattern.compile("Simulated"),
                CardReaderListener.forwardingTo(events::add), Sleeper.system(), timing)) {
            readers.start();
            assertThat(next()).isEqualTo(new ReaderAttached(reader));

            simulator.insert(ExampleCard.holder());
            assertThat(next()).isEqualTo(new CardInserted(reader));
            assertThat(next()).isInstanceOfSatisfying(CardRead.class,
                    r -> assertThat(r.card().idNumber().value()).isEqualTo("370102195203154320"));
            simulator.remove();
            assertThat(next()).isEqualTo(new CardRemoved(reader));

            simulator.insert(CardImage.of(ExampleCard.holder()).withHolderDataProtected(true));
            assertThat(next()).isEqualTo(new CardInserted(reader));
            assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class,
                    f -> assertThat(f.failure().kind()).isEqualTo(CardFailure.DATA_PROTECTED));
            simulator.remove();
            assertThat(next()).isEqualTo(new CardRemoved(reader));

            simulator.insertCardWithoutApplication();
            assertThat(next()).isEqualTo(new CardInserted(reader));
            assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class,
                    f -> assertThat(f.failure().kind()).isEqualTo(CardFailure.NOT_SOCIAL_SECURITY_CARD));
        }
    }

    private CardEvent next() throws InterruptedException {
        CardEvent event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }
}
