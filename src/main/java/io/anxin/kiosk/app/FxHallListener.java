package io.anxin.kiosk.app;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.application.Platform;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallFeed;

/** A {@link HallFeed.Listener} that hands every call to the JavaFX thread, in order. */
final class FxHallListener implements HallFeed.Listener {

    private final Consumer<HallBoard> board;
    private final Consumer<HallEvent> event;
    private final BiConsumer<Boolean, String> connection;

    FxHallListener(Consumer<HallBoard> board, Consumer<HallEvent> event, BiConsumer<Boolean, String> connection) {
        this.board = board;
        this.event = event;
        this.connection = connection;
    }

    @Override
    public void board(HallBoard b) {
        Platform.runLater(() -> board.accept(b));
    }

    @Override
    public void event(HallEvent e) {
        Platform.runLater(() -> event.accept(e));
    }

    @Override
    public void connection(boolean reachable, String detail) {
        Platform.runLater(() -> connection.accept(reachable, detail));
    }
}
