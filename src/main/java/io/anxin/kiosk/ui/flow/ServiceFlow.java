package io.anxin.kiosk.ui.flow;

import java.util.List;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.ui.Message;

/**
 * One service as a sequence of one-question steps (specs/services.md, specs/accessibility.md):
 * big choices, keypad numbers, dates, a spoken read-back and one confirm button; at most
 * {@value #MAX_STEPS} steps including the read-back. The plan may change with the answers (a
 * temporary trip inside the province ends in a notice instead of a filing).
 *
 * <p>{@link #plan} runs on the FX thread and must be quick (catalog look-ups, rules);
 * {@link #submit} runs on a worker and may block (database, payment terminal).
 */
public interface ServiceFlow {

    int MAX_STEPS = 7;

    ServiceCode service();

    /** Bundle key of the screen heading while this service runs. */
    String titleKey();

    /**
     * The steps for the answers given so far: the questions, then exactly one {@link SummaryStep}
     * or {@link NoticeStep}, last.
     */
    List<Step> plan(Answers answers, ResidentIdentity resident);

    /** Commits the service. Throws when nothing was committed; the message for the resident is then generic. */
    FlowResult submit(Answers answers, ResidentIdentity resident) throws Exception;

    /** What the screen says while {@link #submit} runs. */
    default Message submitting() {
        return Message.of("flow.submitting");
    }

    /** Whether a keyed (unverified) ID number may use this service; false sends the resident to the card. */
    default boolean allowsKeyedId() {
        return true;
    }
}
