package io.anxin.kiosk.ui.a11y;

/**
 * One broken rule on one screen.
 *
 * @param screenId        the screen's id
 * @param check           the check's id, for example {@code 1-text-size}
 * @param nodeDescription which node (class, id, style classes, text), or the screen itself
 * @param detail          what was measured against what was required, and in which mode
 */
public record Violation(String screenId, String check, String nodeDescription, String detail) {

    @Override
    public String toString() {
        return screenId + " [" + check + "] " + nodeDescription + ": " + detail;
    }
}
