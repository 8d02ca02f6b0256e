package io.anxin.kiosk.lab;

/** The answer for one entry: {@code accepted}/{@code duplicate} with a reference, or {@code rejected} with an error. */
record EntryResult(String id, String status, String reference, String errorCode, String errorMessage) {

    static EntryResult accepted(String id, String reference) {
        return new EntryResult(id, "accepted", reference, null, null);
    }

    static EntryResult duplicate(String id, String reference) {
        return new EntryResult(id, "duplicate", reference, null, null);
    }

    static EntryResult rejected(String id, String code, String message) {
        return new EntryResult(id, "rejected", null, code, message);
    }
}
