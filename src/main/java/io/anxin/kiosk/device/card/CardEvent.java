package io.anxin.kiosk.device.card;

import java.util.Objects;

/**
 * What {@link CardReaders} reports, as values: handy for queues, logs and tests. Use
 * {@link CardReaderListener#forwardingTo} to receive these instead of implementing the listener.
 * {@code toString()} of every event is safe to log (cards print masked).
 */
public sealed interface CardEvent {

    /** The reader the event is about; empty for {@link ServiceUnavailable}. */
    String reader();

    /** A reader matching {@code card.reader-pattern} appeared (at start-up or plugged in). */
    record ReaderAttached(String reader) implements CardEvent {
        public ReaderAttached {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /** A card went into the reader; a {@link CardRead} or {@link CardReadFailed} follows. */
    record CardInserted(String reader) implements CardEvent {
        public CardInserted {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /** The card in the reader was read. */
    record CardRead(String reader, SocialSecurityCard card) implements CardEvent {
        public CardRead {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(card, "card");
        }
    }

    /** The card in the reader could not be read; {@link CardReadException#kind()} says why. */
    record CardReadFailed(String reader, CardReadException failure) implements CardEvent {
        public CardReadFailed {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** The card was taken out. */
    record CardRemoved(String reader) implements CardEvent {
        public CardRemoved {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /** The reader went away (unplugged, or the PC/SC service stopped); no more events for it until it is attached again. */
    record ReaderLost(String reader) implements CardEvent {
        public ReaderLost {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /**
     * The PC/SC service cannot be reached (not running, restarted, or not installed). Reported once
     * per outage, and once more if the kiosk must restart to reach it again
     * ({@link PcscTerminals#RESTART_NEEDED}); {@link CardReaders} keeps retrying with back-off and reports {@link ReaderAttached}
     * when readers are back.
     */
    record ServiceUnavailable(String detail) implements CardEvent {
        public ServiceUnavailable {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String reader() {
            return "";
        }
    }
}
