package io.anxin.kiosk.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the program's own files are (assets: recorded voice, images): the {@code anxin.home}
 * system property set by the {@code ./kiosk} script, else the folder above {@code target/} when
 * running from the build, else the working directory.
 */
public final class AppHome {

    private AppHome() {
    }

    public static Path locate() {
        String prop = System.getProperty("anxin.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(AppHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent() == null ? null : code.getParent().getParent();
            if (candidate != null && Files.isDirectory(candidate.resolve("assets"))) {
                return candidate;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    public static Path assets() {
        return locate().resolve("assets");
    }

    public static String version() {
        String v = AppHome.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
