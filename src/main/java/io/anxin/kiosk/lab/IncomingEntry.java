package io.anxin.kiosk.lab;

/**
 * One entry of a transactions batch after checking: either storable, or {@code problem} says what is
 * wrong with it (it is then answered {@code rejected}, never stored).
 */
record IncomingEntry(String id, Long seq, String kind, String acceptanceNo, boolean drill, String contentHash,
                     String entryJson, String problem) {

    static IncomingEntry invalid(String id, String problem) {
        return new IncomingEntry(id, null, null, null, false, null, null, problem);
    }

    boolean valid() {
        return problem == null;
    }
}
