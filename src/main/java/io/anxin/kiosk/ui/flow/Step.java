package io.anxin.kiosk.ui.flow;

import io.anxin.kiosk.ui.Message;

/**
 * One step of a service: one question on one screen (specs/accessibility.md, "task length"). The
 * last step of every plan is a {@link SummaryStep} (read back, then one confirm button) or a
 * {@link NoticeStep} (the service ends with nothing to file).
 */
public sealed interface Step permits ChoiceStep, NumberStep, DateStep, SummaryStep, NoticeStep {

    /** Stable within its flow; the answer is stored under it. */
    String id();

    /** The question, shown as the step's heading and spoken on arrival. */
    Message question();
}
