package io.anxin.kiosk.service.live;

import java.util.Objects;

/** The one exception of live data look-ups; its message is for the technician's log, never shown to residents. */
public final class LiveDataException extends RuntimeException {

    private final LiveDataFailure kind;

    public LiveDataException(LiveDataFailure kind, String message) {
        this(kind, message, null);
    }

    public LiveDataException(LiveDataFailure kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public LiveDataFailure kind() {
        return kind;
    }
}
