package io.anxin.kiosk.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.domain.catalog.HallInfo;
import io.anxin.kiosk.domain.catalog.ServiceCatalog;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.domain.catalog.ServiceEntry;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.voice.KioskBundles;

/**
 * Prints the receipt of a committed submission (specs/services.md, "Every submission"): acceptance
 * number, service, date and time in the kiosk's zone, what happens next, the materials from the
 * service catalog, the hall's phone, the masked ID and a QR code of the acceptance number.
 *
 * <p>A failure never undoes the submission and is never lost: it comes back as
 * {@link Result#problem()}, is logged and written to the audit log for the technician. Texts in the
 * log and audit name the acceptance number and the printer's words, never the resident.
 *
 * <p>Thread-safe and blocking: call it on a worker thread, never the FX thread. Calls are serialised
 * here, because the printer itself is not thread-safe (one job at a time).
 */
public final class ReceiptPrinting {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinting.class);

    /** Why no receipt came out; the screen picks its words from it. */
    public enum Problem { PAPER_OUT, OFFLINE, COVER_OPEN, FAILED }

    /**
     * What to print besides the submission.
     *
     * @param nextSteps        what happens next and when, one line each, in {@code locale}
     * @param completeAtWindow something must be completed at the window
     */
    public record Request(FiledSubmission filed, ServiceCode service, List<String> nextSteps, boolean completeAtWindow,
                          Locale locale) {
        public Request {
            Objects.requireNonNull(filed, "filed");
            Objects.requireNonNull(service, "service");
            nextSteps = List.copyOf(nextSteps);
            locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        }
    }

    /** The receipt came out ({@code problem} empty) or why it did not. */
    public record Result(String acceptanceNo, Optional<Problem> problem) {
        public boolean printed() {
            return problem.isEmpty();
        }
    }

    private final ReceiptPrinter printer;
    private final Supplier<ServiceCatalog> services;
    private final Supplier<HallInfo> hall;
    private final ZoneId zone;
    private final AuditLog audit;
    private final Object printerLock = new Object();

    /** @param zone the kiosk's {@code time.zone}: the receipt's date and time */
    public ReceiptPrinting(ReceiptPrinter printer, ServiceCatalog services, HallInfo hall, ZoneId zone, AuditLog audit) {
        this(printer, constant(services, "services"), constant(hall, "hall"), zone, audit);
    }

    /**
     * The catalogs come when the first receipt needs them (on the worker thread): the composition
     * root loads them beside the JavaFX start-up instead of before the first frame.
     */
    public ReceiptPrinting(ReceiptPrinter printer, Supplier<ServiceCatalog> services, Supplier<HallInfo> hall, ZoneId zone,
                           AuditLog audit) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.services = Objects.requireNonNull(services, "services");
        this.hall = Objects.requireNonNull(hall, "hall");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Builds and prints the receipt; never throws for a printer problem. */
    public Result print(Request request) {
        Receipt receipt = receipt(request);
        String no = receipt.acceptanceNo();
        try {
            synchronized (printerLock) {
                printer.print(receipt);
            }
            LOG.info("receipt {} printed", no);
            return new Result(no, Optional.empty());
        } catch (PrinterException e) {
            Problem problem = problemOf(e.kind());
            LOG.warn("receipt {} not printed ({}); the acceptance number was shown and read out instead: {}",
                    no, problem, e.getMessage());
            try {
                audit.record("kiosk", null, "receipt.print-failed", no + " " + problem + ": " + e.getMessage());
            } catch (RuntimeException auditFailure) {
                LOG.error("the printer failure of receipt {} could not be audited", no, auditFailure);
            }
            return new Result(no, Optional.of(problem));
        }
    }

    /** How the printer is now; for the technician. Blocking. */
    public PrinterStatus status() {
        synchronized (printerLock) {
            return printer.status();
        }
    }

    /** The receipt of {@code request}, not printed. */
    public Receipt receipt(Request request) {
        FiledSubmission filed = request.filed();
        Locale locale = request.locale();
        boolean chinese = "zh".equals(locale.getLanguage());
        ServiceEntry entry = services.get().get(request.service());
        HallInfo hall = this.hall.get();
        List<String> steps = new ArrayList<>(request.nextSteps());
        if (filed.checkAtWindow()) {
            steps.add(KioskBundles.bundle(locale).getString("completion.receipt.check-identity"));
        }
        return new Receipt(chinese ? entry.nameZh() : entry.nameEn(), filed.acceptanceNo(),
                filed.createdAt().atZoneSameInstant(zone), filed.residentMasked(), "", steps, entry.materials(),
                hall.name(), hall.address(), hall.phone(), request.completeAtWindow() || filed.checkAtWindow(), locale);
    }

    private static <T> Supplier<T> constant(T value, String name) {
        Objects.requireNonNull(value, name);
        return () -> value;
    }

    static Problem problemOf(PrinterFailure failure) {
        return switch (failure) {
            case PAPER_OUT -> Problem.PAPER_OUT;
            case OFFLINE -> Problem.OFFLINE;
            case COVER_OPEN -> Problem.COVER_OPEN;
            case FAILED -> Problem.FAILED;
        };
    }
}
