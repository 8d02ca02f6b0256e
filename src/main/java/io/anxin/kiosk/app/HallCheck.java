package io.anxin.kiosk.app;

import java.util.stream.Collectors;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.hall.HallException;

/** The hall line of {@code kiosk doctor}: the topology, and whether the node answers this terminal's token. */
public final class HallCheck {

    /** What the check found; {@code ok} false when the hall is configured but cannot be used. */
    public record Result(boolean ok, String detail) {
    }

    private HallCheck() {
    }

    public static Result check(KioskConfig config) {
        HallSetup hall;
        try {
            hall = HallSetup.forRole(config, HallSetup.Role.RESIDENT);
        } catch (ConfigException e) {
            return new Result(false, String.join("; ", e.problems()));
        }
        if (hall.client().isEmpty()) {
            return new Result(true, hall.describe());
        }
        try {
            HallBoard board = hall.client().get().board();
            return new Result(true, hall.describe() + "; the node answers: waiting " + board.waiting().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")) + ", open help calls "
                    + board.openHelp().size());
        } catch (HallException e) {
            String hint = config.hallRole() == HallRole.NODE
                    ? " (the node runs inside the kiosk program on this machine: is ./kiosk running?)" : "";
            return new Result(false, hall.describe() + "; " + e.kind() + ": " + e.getMessage() + hint);
        }
    }
}
