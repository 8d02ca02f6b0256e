package io.anxin.kiosk.device.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.anxin.kiosk.device.card.CardEvent.CardInserted;
import io.anxin.kiosk.device.card.CardEvent.CardRead;
import io.anxin.kiosk.device.card.CardEvent.CardReadFailed;
import io.anxin.kiosk.device.card.CardEvent.CardRemoved;
import io.anxin.kiosk.device.card.CardEvent.ReaderAttached;
import io.anxin.kiosk.device.card.CardEvent.ReaderLost;
import io.anxin.kiosk.device.card.CardEvent.ServiceUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CardReadersTest {

    private static final String ACS = "ACS ACR39U ICC Reader 00 00";
    private static final CardReaders.Timing FAST = new CardReaders.Timing(Duration.ofMillis(50), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(5));

    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private CardReaders readers;

    @AfterEach
    void closeReaders() {
        if (readers != null) {
            readers.close();
        }
    }

    @Test
    void followsHotPlugCardsAndAServiceOutageInOrder() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        terminals.plug(new FakeCardTerminal("Yubico YubiKey OTP+FIDO+CCID 01 00"));
        terminals.failNextLists(3, "SCARD_E_NO_SERVICE");
        AtomicInteger supplied = new AtomicInteger();
        readers = start(() -> {
            supplied.incrementAndGet();
            return terminals;
        }, "ACS");

        assertThat(next()).isEqualTo(new ServiceUnavailable("SCARD_E_NO_SERVICE"));
        awaitListCalls(terminals, 4);
        assertThat(sleeper.durations()).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(supplied.get()).as("a fresh terminal list after every failure").isGreaterThanOrEqualTo(4);

        FakeCardTerminal acs = new FakeCardTerminal(ACS);
        acs.insert(() -> ExampleCard.goodScript().build());
        terminals.plug(acs);
        assertThat(next()).isEqualTo(new ReaderAttached(ACS));
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        CardEvent read = next();
        assertThat(read).isInstanceOfSatisfying(CardRead.class, r -> {
            assertThat(r.reader()).isEqualTo(ACS);
            assertThat(r.card().name()).isEqualTo("王秀英");
        });
        assertThat(read.toString()).doesNotContain("370102195203154320", "王秀英");

        acs.remove();
        assertThat(next()).isEqualTo(new CardRemoved(ACS));
        assertThat(acs.disconnects()).containsExactly(false);

        acs.insert(() -> ExampleCard.goodScript().firstSteps(5)
                .expect(ExampleCard.readRecord(4)).fail(() -> new IllegalStateException("Card was removed")).build());
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class,
                f -> assertThat(f.failure().kind()).isEqualTo(CardFailure.CARD_REMOVED));
        acs.remove();
        assertThat(next()).isEqualTo(new CardRemoved(ACS));

        terminals.unplug(ACS);
        assertThat(next()).isEqualTo(new ReaderLost(ACS));

        terminals.plug(acs);
        assertThat(next()).isEqualTo(new ReaderAttached(ACS));
        terminals.failNextLists(2, "SCARD_E_SERVICE_STOPPED");
        terminals.unplug("nothing");   // wakes the watcher
        assertThat(next()).isEqualTo(new ServiceUnavailable("SCARD_E_SERVICE_STOPPED"));
        assertThat(next()).isEqualTo(new ReaderLost(ACS));
        assertThat(next()).as("back after the outage").isEqualTo(new ReaderAttached(ACS));

        readers.close();
        assertThat(events).as("no events besides those asserted").isEmpty();
    }

    @Test
    void withNoServiceAtAllStartDoesNotThrowAndKeepsRetryingWithBackoff() throws Exception {
        Supplier<CardTerminals> none = () -> {
            throw new IllegalStateException("PC/SC not available: SCARD_E_NO_SERVICE");
        };
        readers = new CardReaders(none, Pattern.compile(""), CardReaderListener.forwardingTo(events::add), sleeper, FAST);

        assertThatCode(readers::start).doesNotThrowAnyException();

        assertThat(next()).isEqualTo(new ServiceUnavailable("PC/SC not available: SCARD_E_NO_SERVICE"));
        assertThat(sleeper.awaitSleeps(8)).isTrue();
        assertThat(sleeper.durations().subList(0, 8)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(30));

        readers.close();
        assertThat(sleeper.lastThread().isAlive()).as("watcher stopped by close").isFalse();
        assertThat(events).as("the outage is reported once").isEmpty();
    }

    @Test
    void aServiceThatNeedsAKioskRestartIsReportedOnceMoreAndTheProviderCodeIsKept() throws Exception {
        AtomicInteger supplied = new AtomicInteger();
        readers = start(() -> {
            if (supplied.incrementAndGet() == 1) {
                return new CardTerminals() {
                    @Override
                    public List<CardTerminal> list(State state) throws CardException {
                        // the JDK provider's shape: the code is only in the cause
                        throw new CardException("list() failed", new Exception("SCARD_E_NO_SERVICE"));
                    }

                    @Override
                    public boolean waitForChange(long timeout) {
                        return false;
                    }
                };
            }
            throw new PcscTerminals.RestartRequiredException(PcscTerminals.RESTART_NEEDED + " (SCARD_E_NO_SERVICE)", null);
        }, "");

        assertThat(next()).isEqualTo(new ServiceUnavailable("list() failed: SCARD_E_NO_SERVICE"));
        assertThat(next()).isEqualTo(new ServiceUnavailable(
                "PC/SC service restarted; restart the kiosk to use the reader (SCARD_E_NO_SERVICE)"));
        assertThat(sleeper.awaitSleeps(5)).isTrue();
        readers.close();
        assertThat(events).as("the restart is reported once").isEmpty();
    }

    @Test
    void aCardAlreadyInTheReaderAtStartIsRead() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        FakeCardTerminal acs = new FakeCardTerminal(ACS);
        acs.insert(() -> ExampleCard.goodScript().build());
        terminals.plug(acs);
        readers = start(() -> terminals, "");

        assertThat(next()).isEqualTo(new ReaderAttached(ACS));
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        assertThat(next()).isInstanceOf(CardRead.class);
    }

    @Test
    void connectFailuresAreClassified() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        FakeCardTerminal acs = new FakeCardTerminal(ACS);
        terminals.plug(acs);
        readers = start(() -> terminals, "ACS");
        assertThat(next()).isEqualTo(new ReaderAttached(ACS));

        acs.insertFailingConnect("connect() failed: SCARD_W_UNRESPONSIVE_CARD");
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class,
                f -> assertThat(f.failure().kind()).isEqualTo(CardFailure.CARD_ERROR));
        acs.remove();
        assertThat(next()).isEqualTo(new CardRemoved(ACS));

        acs.insertFailingConnect("connect() failed: SCARD_E_READER_UNAVAILABLE");
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class,
                f -> assertThat(f.failure().kind()).isEqualTo(CardFailure.READER_GONE));
    }

    @Test
    void aNonSocialSecurityCardIsReportedAsSuch() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        FakeCardTerminal acs = new FakeCardTerminal(ACS);
        acs.insert(() -> ScriptedCardChannel.script().expect(ExampleCard.SELECT_SSSE).answer("6A82").build());
        terminals.plug(acs);
        readers = start(() -> terminals, "ACS");

        assertThat(next()).isEqualTo(new ReaderAttached(ACS));
        assertThat(next()).isEqualTo(new CardInserted(ACS));
        assertThat(next()).isInstanceOfSatisfying(CardReadFailed.class, f -> {
            assertThat(f.failure().kind()).isEqualTo(CardFailure.NOT_SOCIAL_SECURITY_CARD);
            assertThat(f.failure().statusWord()).isEqualTo(0x6A82);
        });
    }

    @Test
    void aFailingListenerDoesNotStopTheReader() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        FakeCardTerminal acs = new FakeCardTerminal(ACS);
        acs.insert(() -> ExampleCard.goodScript().build());
        terminals.plug(acs);
        CardReaderListener forwarding = CardReaderListener.forwardingTo(events::add);
        CardReaderListener throwingOnInsert = new DelegatingListener(forwarding) {
            @Override
            public void cardInserted(String reader) {
                throw new IllegalStateException("listener bug");
            }
        };
        readers = new CardReaders(() -> terminals, Pattern.compile(""), throwingOnInsert, sleeper, FAST);
        readers.start();

        assertThat(next()).isEqualTo(new ReaderAttached(ACS));
        assertThat(next()).isInstanceOf(CardRead.class);
    }

    @Test
    void closeStopsEveryThreadAndStartTwiceIsAnError() throws Exception {
        FakeCardTerminals terminals = new FakeCardTerminals();
        terminals.plug(new FakeCardTerminal(ACS));
        CountDownLatch attached = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CardReaderListener listener = new DelegatingListener(CardReaderListener.forwardingTo(events::add)) {
            @Override
            public void readerAttached(String reader) {
                threads.add(Thread.currentThread());
                attached.countDown();
            }
        };
        readers = new CardReaders(() -> terminals, Pattern.compile(""), listener, sleeper, FAST);
        readers.start();
        assertThat(attached.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatCode(readers::start).isInstanceOf(IllegalStateException.class);
        readers.close();
        readers.close();

        assertThat(threads).singleElement().satisfies(t -> assertThat(t.isAlive()).isFalse());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("card-reader-" + ACS));
    }

    private CardReaders start(Supplier<CardTerminals> supplier, String pattern) {
        CardReaders r = new CardReaders(supplier, Pattern.compile(pattern), CardReaderListener.forwardingTo(events::add),
                sleeper, FAST);
        r.start();
        return r;
    }

    private CardEvent next() throws InterruptedException {
        CardEvent event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    private static void awaitListCalls(FakeCardTerminals terminals, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (terminals.listCalls() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(terminals.listCalls()).isGreaterThanOrEqualTo(count);
    }

    /** Records each requested pause and pauses only a millisecond. */
    private static final class RecordingSleeper implements Sleeper {
        private final List<Duration> durations = new CopyOnWriteArrayList<>();
        private volatile Thread lastThread;

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            lastThread = Thread.currentThread();
            if (!duration.equals(FAST.poll())) {
                durations.add(duration);
            }
            Thread.sleep(1);
        }

        /** A snapshot: the watcher may still be adding. */
        List<Duration> durations() {
            return List.copyOf(durations);
        }

        Thread lastThread() {
            return lastThread;
        }

        boolean awaitSleeps(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (durations.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return durations.size() >= count;
        }
    }

    private static class DelegatingListener implements CardReaderListener {
        private final CardReaderListener delegate;

        DelegatingListener(CardReaderListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void readerAttached(String reader) {
            delegate.readerAttached(reader);
        }

        @Override
        public void cardInserted(String reader) {
            delegate.cardInserted(reader);
        }

        @Override
        public void cardRead(String reader, SocialSecurityCard card) {
            delegate.cardRead(reader, card);
        }

        @Override
        public void cardReadFailed(String reader, CardReadException failure) {
            delegate.cardReadFailed(reader, failure);
        }

        @Override
        public void cardRemoved(String reader) {
            delegate.cardRemoved(reader);
        }

        @Override
        public void readerLost(String reader) {
            delegate.readerLost(reader);
        }

        @Override
        public void serviceUnavailable(String detail) {
            delegate.serviceUnavailable(detail);
        }
    }

}
