package io.anxin.kiosk.ui.a11y;

import java.util.List;

/**
 * One rule of specs/accessibility.md ("Checks the test suite runs on every screen"), measured on a
 * screen that the walker has shown and laid out. Runs on the FX thread; a check may change the UI
 * (navigate, toggle text size, run the idle guard), since the walker prepares the screen afresh
 * before every check.
 */
public interface Check {

    /** Short stable id, numbered as in the spec: {@code 1-text-size}. */
    String id();

    List<Violation> run(ScreenContext screen);
}
