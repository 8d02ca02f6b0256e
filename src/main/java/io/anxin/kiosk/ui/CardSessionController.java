package io.anxin.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.identify.CardProblem;
import io.anxin.kiosk.service.identify.IdentifyEvent;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * Follows the card slot for the whole kiosk, on the FX thread: a card going in starts or resumes a
 * visit, a failed read sends the resident to the identify screen with words for what went wrong, and
 * a card pulled out mid-visit pauses it with "请重新插入社保卡以继续" for 30 s before the visit is wiped,
 * except on a screen that said {@link #endVisitOnRemoval(String) removal means done}: there it ends the visit.
 */
public final class CardSessionController {

    public static final int PAUSE_SECONDS = 30;

    private final Navigator navigator;
    private final ResidentSession session;
    private final Voice voice;
    private final Clock clock;
    private final Runnable endSession;
    private final String identifyScreen;
    private final String greetingScreen;
    private final Consumer<Message> identifyError;
    private final ReadOnlyBooleanWrapper readerAvailable = new ReadOnlyBooleanWrapper(this, "readerAvailable", false);
    private final ReadOnlyStringWrapper readerDetail = new ReadOnlyStringWrapper(this, "readerDetail", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyIntegerWrapper pauseSecondsLeft = new ReadOnlyIntegerWrapper(this, "pauseSecondsLeft");
    private Instant pausedSince;
    private String endOnRemovalScreen;

    /**
     * @param identifyError shows a message as the identify screen's error (after going there)
     */
    public CardSessionController(Navigator navigator, ResidentSession session, Voice voice, Clock clock,
                                 Runnable endSession, String identifyScreen, String greetingScreen,
                                 Consumer<Message> identifyError) {
        this.navigator = navigator;
        this.session = session;
        this.voice = voice;
        this.clock = clock;
        this.endSession = endSession;
        this.identifyScreen = identifyScreen;
        this.greetingScreen = greetingScreen;
        this.identifyError = identifyError;
    }

    public ReadOnlyBooleanProperty readerAvailableProperty() {
        return readerAvailable.getReadOnlyProperty();
    }

    /** Technician words on why no reader is usable; empty when one is. */
    public ReadOnlyStringProperty readerDetailProperty() {
        return readerDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pauseSecondsLeftProperty() {
        return pauseSecondsLeft.getReadOnlyProperty();
    }

    public void on(IdentifyEvent event) {
        if (event instanceof IdentifyEvent.ReaderReady) {
            readerAvailable.set(true);
            readerDetail.set("");
        } else if (event instanceof IdentifyEvent.ReaderUnavailable u) {
            readerAvailable.set(false);
            readerDetail.set(u.detail());
            reading.set(false);
        } else if (event instanceof IdentifyEvent.CardReading) {
            cardReading();
        } else if (event instanceof IdentifyEvent.Identified i) {
            reading.set(false);
            cardIdentified(i.identity());
        } else if (event instanceof IdentifyEvent.CardFailed f) {
            reading.set(false);
            if (!paused.get()) {
                identifyError.accept(Message.of(messageKey(f.problem())));
            }
        } else if (event instanceof IdentifyEvent.CardRemoved) {
            reading.set(false);
            cardRemoved();
        }
    }

    /** Any way of identifying ends here: the keypad and the e-voucher call it too. */
    public void identified(ResidentIdentity identity) {
        session.identityProperty().set(identity);
        navigator.goTo(greetingScreen);
    }

    /** "结束办理" on the pause card: the resident is not coming back with the card. */
    public void endNow() {
        if (paused.get()) {
            paused.set(false);
            pausedSince = null;
            endSession.run();
        }
    }

    /**
     * While screen {@code screenId} is showing, a card pulled out ends the visit at once instead of
     * pausing it: the service is over and "请取走您的社保卡" asked for exactly that. Other screens keep
     * the pause; null turns it off.
     */
    public void endVisitOnRemoval(String screenId) {
        endOnRemovalScreen = screenId;
    }

    public void tick() {
        if (!paused.get()) {
            return;
        }
        long left = PAUSE_SECONDS - Duration.between(pausedSince, clock.instant()).toSeconds();
        if (left <= 0) {
            paused.set(false);
            pausedSince = null;
            endSession.run();
        } else {
            pauseSecondsLeft.set((int) left);
        }
    }

    private void cardReading() {
        reading.set(true);
        if (paused.get()) {
            return;
        }
        if (navigator.current() != null && navigator.current().id().equals(identifyScreen)) {
            navigator.current().model().clearError();
            voice.speak(Prompt.of("prompt.identify.reading"));
        } else {
            navigator.goTo(identifyScreen);
        }
    }

    private void cardIdentified(ResidentIdentity identity) {
        ResidentIdentity current = session.identity();
        if (paused.get()) {
            paused.set(false);
            pausedSince = null;
            if (current != null && current.idNumber().equals(identity.idNumber())) {
                voice.speak(Prompt.of("card.pause.resumed"));
                return;
            }
            endSession.run();
        } else if (current != null && !current.idNumber().equals(identity.idNumber())) {
            endSession.run();
        }
        identified(identity);
    }

    private void cardRemoved() {
        ResidentIdentity current = session.identity();
        if (current == null || current.method() != IdentityMethod.CARD || navigator.atRoot() || paused.get()) {
            return;
        }
        if (endOnRemovalScreen != null && navigator.current() != null
                && navigator.current().id().equals(endOnRemovalScreen)) {
            endSession.run();
            return;
        }
        pausedSince = clock.instant();
        pauseSecondsLeft.set(PAUSE_SECONDS);
        paused.set(true);
        voice.speak(Prompt.of("card.pause.prompt", PAUSE_SECONDS));
    }

    static String messageKey(CardProblem problem) {
        return switch (problem) {
            case NOT_SOCIAL_SECURITY_CARD -> "card.error.not-social-security";
            case DATA_PROTECTED -> "card.error.protected";
            case DATA_INVALID -> "card.error.invalid";
            case REMOVED_DURING_READ -> "card.error.removed";
            case READER_GONE -> "card.error.reader-gone";
            case CARD_ERROR -> "card.error.other";
        };
    }
}
