package io.anxin.kiosk.cli;

/** The exit codes every command uses (DESIGN.md, "The command line"). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
