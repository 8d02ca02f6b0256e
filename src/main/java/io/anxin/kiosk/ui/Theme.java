package io.anxin.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Applies the theme to a scene root: the stylesheet, the root font size (28 px x ui.scale, x1.5 in
 * large-text mode) and the high-contrast class. Everything else in the CSS is in em or a looked-up
 * colour, so these three switches are all a mode change needs.
 */
public final class Theme {

    public static final double BASE_FONT_PX = 28.0;
    public static final double LARGE_TEXT_FACTOR = 1.5;
    public static final String FONT_FAMILY = "Anxin Sans SC";
    private static final String[] FONT_FILES = {"AnxinSansSC-Regular.otf", "AnxinSansSC-Bold.otf"};

    private final double scale;

    public Theme(double scale) {
        this.scale = scale;
    }

    /** Loads the bundled CJK font so Chinese never depends on what the machine has installed. */
    public static void loadFonts() {
        loadFonts(null);
    }

    /**
     * Loads the bundled CJK font, taking each file from {@code fontDir} when it is there (the program's
     * assets/fonts, the same files the build puts in the jar): JavaFX then reads the file in place,
     * where a font from the class path is first inflated and copied to a temporary file, some 0.2-0.5 s
     * per 9 MB font on a 2-core kiosk. Falls back to the class path for any file not found.
     */
    public static void loadFonts(Path fontDir) {
        for (String file : FONT_FILES) {
            Path onDisk = fontDir == null ? null : fontDir.resolve(file);
            if (onDisk != null && Files.isRegularFile(onDisk)
                    && Font.loadFont(onDisk.toUri().toString(), BASE_FONT_PX) != null) {
                continue;
            }
            try (InputStream in = Theme.class.getResourceAsStream("/io/anxin/kiosk/fonts/" + file)) {
                if (in == null || Font.loadFont(in, BASE_FONT_PX) == null) {
                    org.slf4j.LoggerFactory.getLogger(Theme.class).warn("bundled font {} could not be loaded", file);
                }
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(Theme.class).warn("bundled font {} could not be read", file, e);
            }
        }
    }

    public void install(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/io/anxin/kiosk/ui/theme/kiosk.css").toExternalForm());
    }

    public void apply(Parent root, boolean largeText, boolean highContrast) {
        double px = BASE_FONT_PX * scale * (largeText ? LARGE_TEXT_FACTOR : 1.0);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        toggle(root, "large-text", largeText);
        toggle(root, "high-contrast", highContrast);
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
