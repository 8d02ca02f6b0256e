package io.anxin.kiosk.app;

import javafx.scene.Scene;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;

/** The screens of {@code --role hall-display} and {@code --role clerk}, built for {@link HallRoleRuntime}. FX thread. */
final class HallRoles {

    private HallRoles() {
    }

    static HallRoleRuntime.RoleScreens counter(HallRoleRuntime.RoleContext c) {
        CounterAssembly counter = new CounterAssembly(c.settings(), c.clock(), c.tasks(), c.hall(), c.categories(),
                c.voice()::enqueueChime, c.quit());
        return new HallRoleRuntime.RoleScreens() {
            @Override
            public Scene scene() {
                return counter.scene();
            }

            @Override
            public void onBoard(HallBoard board) {
                counter.onBoard(board);
            }

            @Override
            public void onEvent(HallEvent event) {
                counter.onEvent(event);
            }

            @Override
            public void onConnection(boolean reachable, String detail) {
                counter.onConnection(reachable, detail);
            }

            @Override
            public void stop() {
                counter.stop();
            }
        };
    }

    static HallRoleRuntime.RoleScreens display(HallRoleRuntime.RoleContext c) {
        HallDisplayAssembly display = new HallDisplayAssembly(c.settings(), c.clock(), c.categories(), c.voice());
        return new HallRoleRuntime.RoleScreens() {
            @Override
            public Scene scene() {
                return display.scene();
            }

            @Override
            public void onBoard(HallBoard board) {
                display.onBoard(board);
            }

            @Override
            public void onEvent(HallEvent event) {
                display.onEvent(event);
            }

            @Override
            public void onConnection(boolean reachable, String detail) {
                display.onConnection(reachable, detail);
            }

            @Override
            public void stop() {
                display.stop();
            }
        };
    }
}
