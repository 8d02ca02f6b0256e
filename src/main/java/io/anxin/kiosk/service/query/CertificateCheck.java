package io.anxin.kiosk.service.query;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a 参保证明 can be printed now, and if so what it says.
 *
 * @param certificate present for {@link Status#READY} only
 * @param copyFetchedAt for {@link Status#TOO_OLD}: when the only copy was fetched
 */
public record CertificateCheck(Status status, Optional<Certificate> certificate, Optional<Instant> copyFetchedAt) {

    public enum Status {
        /** Live data, or a cached copy younger than {@code certificate.max-age-days}. */
        READY,
        /** Only a cached copy older than {@code certificate.max-age-days}: 请到窗口, or try again online. */
        TOO_OLD,
        /** The centre's record says the resident is not insured: nothing to certify, the window advises. */
        NOT_INSURED,
        /** A keyed ID number: insert the card or scan the e-voucher. */
        NOT_VERIFIED,
        /** Offline and no copy. */
        NO_NETWORK,
        /** The centre does not know the person. */
        NOT_FOUND,
        /** The centre failed and there is no copy. */
        UNAVAILABLE
    }

    public CertificateCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(copyFetchedAt, "copyFetchedAt");
        if (certificate.isPresent() != (status == Status.READY)) {
            throw new IllegalArgumentException("a certificate comes with READY only, was " + status);
        }
    }
}
