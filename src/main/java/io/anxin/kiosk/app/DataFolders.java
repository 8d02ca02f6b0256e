package io.anxin.kiosk.app;

import java.nio.file.Path;
import java.util.Map;

/** Where a user's data lives by default: the XDG data home, as Linux desktops expect. */
final class DataFolders {

    private DataFolders() {
    }

    static Path defaultDataDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("anxin-kiosk");
    }
}
