package io.anxin.kiosk.ui.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Renders a scene to PNG under target/screenshots (or the folder the build names). */
public final class Snapshots {

    private Snapshots() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("anxin.screenshots.dir", "target/screenshots"));
    }

    /** FX thread only. */
    public static Path write(Scene scene, String name) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path file = folder().resolve(name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
