package io.anxin.kiosk.service.query;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.live.ResidentRecord;

/**
 * What {@link ResidentLookup#lookup} found. A record is present for {@link Status#LIVE} and
 * {@link Status#CACHED} only; {@code fetchedAt} is when the server gave it ("截至"). {@code failure}
 * says why live data could not be had (for CACHED and the statuses without a record).
 * {@link #toString()} shows no personal data.
 */
public record LookupResult(Status status, Optional<ResidentRecord> record, Optional<Instant> fetchedAt,
                           Optional<LiveDataFailure> failure) {

    public enum Status {
        /** Fresh from the central server (and now cached). */
        LIVE,
        /** The server could not be asked or failed: the last cached copy, as of {@code fetchedAt}. */
        CACHED,
        /** A keyed ID number: personal data needs the card or the e-voucher. */
        NOT_VERIFIED,
        /** No network and no cached copy: can be queried once the kiosk is online (or at the window). */
        NO_NETWORK,
        /** The central server does not know the person: the window must look. */
        NOT_FOUND,
        /** The server failed or refused this terminal and there is no copy: the window or staff. */
        UNAVAILABLE
    }

    public LookupResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(failure, "failure");
        if (record.isPresent() != (status == Status.LIVE || status == Status.CACHED)) {
            throw new IllegalArgumentException("a record comes with LIVE or CACHED only, was " + status);
        }
    }

    static LookupResult live(ResidentRecord record, Instant fetchedAt) {
        return new LookupResult(Status.LIVE, Optional.of(record), Optional.of(fetchedAt), Optional.empty());
    }

    static LookupResult cached(ResidentRecord record, Instant fetchedAt, LiveDataFailure why) {
        return new LookupResult(Status.CACHED, Optional.of(record), Optional.of(fetchedAt), Optional.of(why));
    }

    static LookupResult without(Status status, LiveDataFailure why) {
        return new LookupResult(status, Optional.empty(), Optional.empty(), Optional.ofNullable(why));
    }

    public boolean hasRecord() {
        return record.isPresent();
    }

    @Override
    public String toString() {
        return "LookupResult[" + status + fetchedAt.map(t -> ", " + t).orElse("") + failure.map(f -> ", " + f).orElse("") + "]";
    }
}
