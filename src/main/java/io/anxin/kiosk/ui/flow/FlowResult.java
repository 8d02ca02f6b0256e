package io.anxin.kiosk.ui.flow;

import java.util.List;
import java.util.Objects;

import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.ui.Message;

/** How a confirmed service ended: committed (receipt next), or refused with words for the resident. */
public sealed interface FlowResult {

    /**
     * @param nextSteps        what happens next and when, for the receipt
     * @param completeAtWindow something must be completed at the window (请到窗口补充)
     */
    record Submitted(FiledSubmission filed, List<Message> nextSteps, boolean completeAtWindow) implements FlowResult {
        public Submitted {
            Objects.requireNonNull(filed, "filed");
            nextSteps = List.copyOf(nextSteps);
        }
    }

    /** Nothing more happens on the kiosk (e.g. a declined payment); the resident stays on the summary. */
    record Refused(Message why) implements FlowResult {
        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }
}
