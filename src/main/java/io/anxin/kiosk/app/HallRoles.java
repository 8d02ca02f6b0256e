package io.anxin.kiosk.app;

/** The screens of {@code --role clerk} and {@code --role hall-display}, built for {@link HallRoleRuntime}. FX thread. */
final class HallRoles {

    private HallRoles() {
    }

    /** A counter console; a help call sounds the chime. */
    static HallRoleRuntime.RoleScreens counter(HallRoleRuntime.RoleContext c) {
        return new CounterAssembly(c.settings(), c.clock(), c.tasks(), c.hall(), c.categories(), c.voice()::enqueueChime,
                c.quit());
    }

    static HallRoleRuntime.RoleScreens display(HallRoleRuntime.RoleContext c) {
        return new HallDisplayAssembly(c.settings(), c.clock(), c.categories(), c.voice());
    }
}
