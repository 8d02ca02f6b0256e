package io.anxin.kiosk.lab;

/** The faults a {@link LabCentral} can inject (docs/lab-central.md). */
public enum Fault {
    /** 500 before anything is stored ({@code --fail-rate}). */
    FAIL,
    /** Batch stored and committed, then the connection cut without an answer ({@code --drop-after-commit-rate}). */
    DROP_AFTER_COMMIT,
    /** One result left out of a transactions answer ({@code --partial-rate}). */
    PARTIAL,
    /** A 200 whose body is not JSON ({@code --garbage-rate}). */
    GARBAGE
}
