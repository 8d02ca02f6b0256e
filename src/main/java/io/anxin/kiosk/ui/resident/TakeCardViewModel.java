package io.anxin.kiosk.ui.resident;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;

/**
 * "请取走您的社保卡和回执": with a card in the slot the screen stays until the card is taken, and
 * taking it ends the visit (not the usual pause). Without a card (keyed number, e-voucher) a 完成
 * button ends it; the idle timeout applies either way.
 */
public final class TakeCardViewModel extends ScreenModel {

    /** What the resident is asked to take. */
    public enum Take { CARD_AND_RECEIPT, CARD, RECEIPT, NOTHING }

    private final ResidentSession session;
    private final CardSessionController cards;
    private final BooleanSupplier receiptPrinted;
    private final Runnable endSession;
    private final String screenId;
    private final ReadOnlyObjectWrapper<Take> take = new ReadOnlyObjectWrapper<>(this, "take", Take.NOTHING);
    private final ReadOnlyBooleanWrapper cardInSlot = new ReadOnlyBooleanWrapper(this, "cardInSlot");

    /**
     * @param receiptPrinted whether this visit's receipt came out
     * @param screenId       the take-card screen's id: a card pulled while it shows ends the visit
     */
    public TakeCardViewModel(ResidentSession session, CardSessionController cards, BooleanSupplier receiptPrinted,
                             Runnable endSession, String screenId) {
        this.session = Objects.requireNonNull(session, "session");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.receiptPrinted = receiptPrinted;
        this.endSession = endSession;
        this.screenId = screenId;
    }

    public ReadOnlyObjectProperty<Take> takeProperty() {
        return take.getReadOnlyProperty();
    }

    /** A card is in the slot: no 完成 button, taking the card ends the visit. */
    public ReadOnlyBooleanProperty cardInSlotProperty() {
        return cardInSlot.getReadOnlyProperty();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        ResidentIdentity who = session.identity();
        boolean card = who != null && who.method() == IdentityMethod.CARD && !cards.pausedProperty().get();
        boolean receipt = receiptPrinted.getAsBoolean();
        cardInSlot.set(card);
        take.set(card ? (receipt ? Take.CARD_AND_RECEIPT : Take.CARD) : (receipt ? Take.RECEIPT : Take.NOTHING));
        cards.endVisitOnRemoval(card ? screenId : null);
    }

    public Prompt prompt() {
        return Prompt.of(switch (take.get()) {
            case CARD_AND_RECEIPT -> "prompt.take.card";
            case CARD -> "prompt.take.card.card";
            case RECEIPT -> "prompt.take.card.receipt";
            case NOTHING -> "prompt.take.card.nothing";
        });
    }

    public static String headlineKey(Take t) {
        return switch (t) {
            case CARD_AND_RECEIPT -> "completion.take-card.card-and-receipt";
            case CARD -> "completion.take-card.card";
            case RECEIPT -> "completion.take-card.receipt";
            case NOTHING -> "completion.take-card.nothing";
        };
    }

    /** 完成 (no card in the slot): the visit ends. */
    public void done() {
        endSession.run();
    }

    @Override
    public void clearSession() {
        super.clearSession();
        cardInSlot.set(false);
        take.set(Take.NOTHING);
        cards.endVisitOnRemoval(null);
    }
}
