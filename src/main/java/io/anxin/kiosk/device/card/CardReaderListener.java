package io.anxin.kiosk.device.card;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives what {@link CardReaders} sees. For one reader the calls come in this order:
 * {@code readerAttached}, then any number of {@code cardInserted} followed by {@code cardRead} or
 * {@code cardReadFailed} and later {@code cardRemoved}, and finally {@code readerLost}.
 * {@code serviceUnavailable} may come at any time; readers lost in an outage get {@code readerLost}.
 *
 * <p>Threads: called on {@link CardReaders}' own threads (the watcher thread and one thread per
 * reader), never on the JavaFX thread; calls for different readers may overlap. Implementations
 * must be thread-safe, return quickly, and hand results to the UI thread themselves. An exception
 * thrown by a listener method is logged and otherwise ignored.
 */
public interface CardReaderListener {

    void readerAttached(String reader);

    void cardInserted(String reader);

    /** {@code card} holds personal data: do not log more than its {@code toString()}. */
    void cardRead(String reader, SocialSecurityCard card);

    void cardReadFailed(String reader, CardReadException failure);

    void cardRemoved(String reader);

    void readerLost(String reader);

    /** @param detail technician words (for example {@code SCARD_E_NO_SERVICE}); no personal data */
    void serviceUnavailable(String detail);

    /** A listener that turns every call into a {@link CardEvent} for {@code sink}. */
    static CardReaderListener forwardingTo(Consumer<? super CardEvent> sink) {
        Objects.requireNonNull(sink, "sink");
        return new CardReaderListener() {
            @Override
            public void readerAttached(String reader) {
                sink.accept(new CardEvent.ReaderAttached(reader));
            }

            @Override
            public void cardInserted(String reader) {
                sink.accept(new CardEvent.CardInserted(reader));
            }

            @Override
            public void cardRead(String reader, SocialSecurityCard card) {
                sink.accept(new CardEvent.CardRead(reader, card));
            }

            @Override
            public void cardReadFailed(String reader, CardReadException failure) {
                sink.accept(new CardEvent.CardReadFailed(reader, failure));
            }

            @Override
            public void cardRemoved(String reader) {
                sink.accept(new CardEvent.CardRemoved(reader));
            }

            @Override
            public void readerLost(String reader) {
                sink.accept(new CardEvent.ReaderLost(reader));
            }

            @Override
            public void serviceUnavailable(String detail) {
                sink.accept(new CardEvent.ServiceUnavailable(detail));
            }
        };
    }
}
