package io.anxin.kiosk.service.identify;

import io.anxin.kiosk.domain.ResidentIdentity;

/** What happened at the card reader, in the identify use case's terms. */
public sealed interface IdentifyEvent {

    /** A reader is ready for cards. */
    record ReaderReady() implements IdentifyEvent { }

    /** No usable reader (none plugged in, or no PC/SC service); detail is for the technician. */
    record ReaderUnavailable(String detail) implements IdentifyEvent { }

    /** A card went in and is being read. */
    record CardReading() implements IdentifyEvent { }

    /** The card identified its holder. Holds personal data: never log more than its toString(). */
    record Identified(ResidentIdentity identity) implements IdentifyEvent { }

    record CardFailed(CardProblem problem, int statusWord) implements IdentifyEvent { }

    record CardRemoved() implements IdentifyEvent { }
}
