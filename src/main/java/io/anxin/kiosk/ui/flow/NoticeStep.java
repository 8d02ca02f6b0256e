package io.anxin.kiosk.ui.flow;

import java.util.List;

import io.anxin.kiosk.ui.Message;

/** The service ends here with nothing to file (e.g. "temporary care inside the province needs no filing"). */
public record NoticeStep(String id, Message question, List<Message> text) implements Step {
    public NoticeStep {
        text = List.copyOf(text);
    }
}
