package io.anxin.kiosk.service.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.StoreException;

/**
 * 参保证明打印: checks that the resident's record is live or a cached copy younger than
 * {@code certificate.max-age-days}, and prints the certificate slip through
 * {@link ReceiptPrinter#printSlip}. A printer failure is an outcome, not an exception: nothing is
 * stored for a certificate, so nothing can be lost, and the resident may try again or go to the window.
 *
 * <p>Blocking (network, database, printer): never on the FX thread. {@link #print} is serialised on
 * this object, because a {@link ReceiptPrinter} is not thread-safe; a composition root that shares
 * the printer with other services must give it one device thread.
 */
public final class CertificatePrinting {

    private static final Logger LOG = LoggerFactory.getLogger(CertificatePrinting.class);
    private static final DateTimeFormatter SLIP_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final ResidentLookup lookup;
    private final ReceiptPrinter printer;
    private final CertificateSlip slip;
    private final AuditLog audit;
    private final Clock clock;
    private final String terminalId;
    private final Duration maxAge;

    /**
     * @param fonts the receipt faces, asked for on the first print (the composition root shares one loaded set)
     */
    public CertificatePrinting(ResidentLookup lookup, ReceiptPrinter printer, java.util.function.Supplier<ReceiptFonts> fonts,
                               AuditLog audit, Clock clock,
                               String terminalId, int maxAgeDays) {
        if (maxAgeDays < 1) {
            throw new IllegalArgumentException("certificate.max-age-days must be at least 1, was " + maxAgeDays);
        }
        this.lookup = lookup;
        this.printer = printer;
        this.slip = new CertificateSlip(fonts, clock.getZone());
        this.audit = audit;
        this.clock = clock;
        this.terminalId = terminalId;
        this.maxAge = Duration.ofDays(maxAgeDays);
    }

    public int maxAgeDays() {
        return (int) maxAge.toDays();
    }

    public CertificateCheck check(ResidentIdentity identity) {
        LookupResult found = lookup.lookup(identity);
        CertificateCheck.Status without = switch (found.status()) {
            case LIVE, CACHED -> null;
            case NOT_VERIFIED -> CertificateCheck.Status.NOT_VERIFIED;
            case NO_NETWORK -> CertificateCheck.Status.NO_NETWORK;
            case NOT_FOUND -> CertificateCheck.Status.NOT_FOUND;
            case UNAVAILABLE -> CertificateCheck.Status.UNAVAILABLE;
        };
        if (without != null) {
            return new CertificateCheck(without, Optional.empty(), Optional.empty());
        }
        ResidentRecord r = found.record().orElseThrow();
        Instant fetched = found.fetchedAt().orElseThrow();
        if (found.status() == LookupResult.Status.CACHED && Duration.between(fetched, clock.instant()).compareTo(maxAge) > 0) {
            return new CertificateCheck(CertificateCheck.Status.TOO_OLD, Optional.empty(), Optional.of(fetched));
        }
        if ("none".equals(r.status())) {
            return new CertificateCheck(CertificateCheck.Status.NOT_INSURED, Optional.empty(), Optional.empty());
        }
        Optional<String> name = identity.name().or(() -> Optional.of(r.name())).filter(n -> !n.isBlank());
        Certificate c = new Certificate(name, identity.idNumber().masked(), r.insuranceType(), r.status(), r.insuredSince(),
                r.region(), fetched, found.status() == LookupResult.Status.LIVE);
        return new CertificateCheck(CertificateCheck.Status.READY, Optional.of(c), Optional.empty());
    }

    /** Prints a certificate that {@link #check} made, in {@code locale}. */
    public synchronized PrintOutcome print(Certificate certificate, Locale locale) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String name = "certificate-" + terminalId + "-" + SLIP_TIME.format(now);
        try {
            printer.printSlip(name, slip.render(certificate, now, terminalId, locale, printer.paperWidthDots()));
        } catch (PrinterException e) {
            LOG.warn("certificate not printed: {}", e.getMessage());
            return switch (e.kind()) {
                case PAPER_OUT -> PrintOutcome.PAPER_OUT;
                case COVER_OPEN -> PrintOutcome.COVER_OPEN;
                case OFFLINE -> PrintOutcome.PRINTER_OFFLINE;
                case FAILED -> PrintOutcome.FAILED;
            };
        } catch (RuntimeException e) {
            LOG.warn("certificate not printed: {}", e.toString());
            return PrintOutcome.FAILED;
        }
        try {
            audit.record("resident", certificate.maskedId(), "certificate.printed",
                    name + (certificate.live() ? ", live data" : ", cached data of " + certificate.dataAsOf()));
        } catch (StoreException e) {
            LOG.warn("certificate printed but not audited: {}", e.getMessage());
        }
        return PrintOutcome.PRINTED;
    }

    /** The slip's lines, as {@link #print} would print them now (for tests and the screen's preview). */
    java.util.List<String> slipLines(Certificate certificate, Locale locale) {
        return slip.lines(certificate, ZonedDateTime.now(clock), terminalId, locale);
    }
}
