package io.anxin.kiosk.ui.counter;

import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.ui.Message;

/** What a clerk reads when a hall call fails: what happened and what to do. */
final class HallFailure {

    private HallFailure() {
    }

    static boolean unreachable(Throwable t) {
        return t instanceof HallException h && h.kind() == HallException.Kind.NODE_UNREACHABLE;
    }

    static HallException.Kind kind(Throwable t) {
        return t instanceof HallException h ? h.kind() : HallException.Kind.NODE_ERROR;
    }

    static Message message(Throwable t) {
        return switch (kind(t)) {
            case NODE_UNREACHABLE -> Message.of("counter.error.unreachable");
            case CONFLICT, NOT_FOUND -> Message.of("counter.error.conflict");
            default -> Message.of("counter.error.node", kind(t).name());
        };
    }
}
