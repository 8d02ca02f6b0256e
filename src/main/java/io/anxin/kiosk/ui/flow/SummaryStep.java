package io.anxin.kiosk.ui.flow;

import java.util.List;
import java.util.Objects;

import io.anxin.kiosk.ui.Message;

/**
 * The read-back: every answer as a line, what happens next (e.g. the expected answer date), a
 * commitment text where the service is commitment-based, and one large confirm button. All of it is
 * spoken on arrival.
 *
 * @param notes   what happens next and anything the resident must know before confirming
 * @param confirm the words of the confirm button (e.g. 确认提交, 我承诺，确认提交, 去缴费)
 */
public record SummaryStep(String id, Message question, List<SummaryLine> lines, List<Message> notes, Message confirm)
        implements Step {
    public SummaryStep {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        Objects.requireNonNull(confirm, "confirm");
    }

    /** One read-back line: what was asked, and the answer as it is shown. */
    public record SummaryLine(Message label, Message value) {
    }
}
