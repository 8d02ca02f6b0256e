package io.anxin.kiosk.service.identify;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.card.CardReadException;
import io.anxin.kiosk.device.card.CardReaderListener;
import io.anxin.kiosk.device.card.SocialSecurityCard;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.store.AuditLog;

/**
 * Turns card-reader events into identify events for the UI, and audits each identification with
 * the masked number. Threads: called on the card readers' threads; {@code sink} must hand events to
 * the UI thread itself.
 */
public final class CardIdentification implements CardReaderListener {

    private static final Logger LOG = LoggerFactory.getLogger(CardIdentification.class);

    private final Consumer<IdentifyEvent> sink;
    private final AuditLog audit;
    private volatile String readerState = "no reader seen yet";

    public CardIdentification(Consumer<IdentifyEvent> sink, AuditLog audit) {
        this.sink = sink;
        this.audit = audit;
    }

    /** The reader's state in technician words, for the technician screen and heartbeats. */
    public String readerState() {
        return readerState;
    }

    @Override
    public void readerAttached(String reader) {
        readerState = "ready: " + reader;
        LOG.info("card reader ready: {}", reader);
        sink.accept(new IdentifyEvent.ReaderReady());
    }

    @Override
    public void cardInserted(String reader) {
        sink.accept(new IdentifyEvent.CardReading());
    }

    @Override
    public void cardRead(String reader, SocialSecurityCard card) {
        ResidentIdentity identity = new ResidentIdentity(Optional.of(card.name()), card.idNumber(), IdentityMethod.CARD,
                Optional.of(card.expiryDate()));
        try {
            audit.record("resident", card.idNumber().masked(), "resident.identified", "social security card");
        } catch (RuntimeException e) {
            LOG.warn("identification could not be audited", e);
        }
        sink.accept(new IdentifyEvent.Identified(identity));
    }

    @Override
    public void cardReadFailed(String reader, CardReadException failure) {
        LOG.info("card read failed: {} SW {}", failure.kind(), String.format("%04X", failure.statusWord()));
        CardProblem problem = switch (failure.kind()) {
            case NOT_SOCIAL_SECURITY_CARD -> CardProblem.NOT_SOCIAL_SECURITY_CARD;
            case DATA_PROTECTED -> CardProblem.DATA_PROTECTED;
            case DATA_INVALID -> CardProblem.DATA_INVALID;
            case CARD_REMOVED -> CardProblem.REMOVED_DURING_READ;
            case READER_GONE -> CardProblem.READER_GONE;
            case CARD_ERROR -> CardProblem.CARD_ERROR;
        };
        sink.accept(new IdentifyEvent.CardFailed(problem, failure.statusWord()));
    }

    @Override
    public void cardRemoved(String reader) {
        sink.accept(new IdentifyEvent.CardRemoved());
    }

    @Override
    public void readerLost(String reader) {
        readerState = "lost: " + reader;
        LOG.warn("card reader lost: {}", reader);
        sink.accept(new IdentifyEvent.ReaderUnavailable("reader " + reader + " is gone"));
    }

    @Override
    public void serviceUnavailable(String detail) {
        readerState = "PC/SC service unavailable: " + detail;
        LOG.warn("PC/SC service unavailable: {}", detail);
        sink.accept(new IdentifyEvent.ReaderUnavailable(detail));
    }
}
