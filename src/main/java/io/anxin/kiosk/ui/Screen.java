package io.anxin.kiosk.ui;

import javafx.scene.Node;

import io.anxin.kiosk.voice.Prompt;

/**
 * One step of the kiosk: a view bound to a view model. The navigator shows it, speaks its prompt and
 * puts the bottom bar under resident screens; the accessibility walker checks every registered one.
 *
 * <p>FX thread only.
 */
public interface Screen {

    /** Stable id, used in navigation, screenshots, logs and help calls. */
    String id();

    Audience audience();

    /** Bundle key of the heading shown above the screen. */
    String titleKey();

    /** What the voice says on arrival; never empty. May depend on the model's state. */
    Prompt prompt();

    /** The view, built once on first use and reused. */
    Node view();

    ScreenModel model();

    /** Whether back and home make sense here (false only for the attract screen, the root). */
    default boolean hasNavigation() {
        return true;
    }
}
