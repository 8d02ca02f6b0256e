package io.anxin.kiosk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.store.AuditEvent;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

/** Receipts built from a real committed submission and the shipped catalogs, printed through printer doubles and the file printer. */
class ReceiptPrintingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String FULL_ID = "370102195203154320";
    private static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse(FULL_ID),
            IdentityMethod.CARD, Optional.empty());
    private static final ResidentIdentity KEYED = new ResidentIdentity(Optional.empty(), IdNumber.parse(FULL_ID),
            IdentityMethod.KEYED, Optional.empty());

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T15:45:00Z"), SHANGHAI);
    private final Catalogs catalogs = new CatalogLoader().load(Path.of("kiosk-config"));
    private Database db;
    private AuditLog audit;
    private FileSubmission filing;

    /** Keeps what it was asked to print; fails with {@code failure} when set. */
    private static final class RecordingPrinter implements ReceiptPrinter {
        final List<Receipt> printed = new ArrayList<>();
        PrinterFailure failure;

        @Override
        public void print(Receipt receipt) {
            if (failure != null) {
                throw new PrinterException(failure, "/dev/usb/lp0 reports " + failure + "; nothing sent");
            }
            printed.add(receipt);
        }

        @Override
        public void printSlip(String name, BufferedImage image) {
            throw new AssertionError("receipts are not slips");
        }

        @Override
        public int paperWidthDots() {
            return 576;
        }

        @Override
        public PrinterStatus status() {
            return failure == null ? PrinterStatus.READY : PrinterStatus.OFFLINE;
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        audit = new AuditLog(db.dataSource(), clock, "DEMO-01");
        filing = new FileSubmission(new SubmissionStore(db.dataSource()), clock, "DEMO-01");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReceiptPrinting printing(ReceiptPrinter printer) {
        return new ReceiptPrinting(printer, catalogs.services(), catalogs.hall(), SHANGHAI, audit);
    }

    @Test
    void receiptCarriesServiceMaterialsNextStepsHallPhoneLocalTimeAndOnlyTheMaskedId() {
        RecordingPrinter printer = new RecordingPrinter();
        FiledSubmission filed = filing.file("remote-care.filing", CARD, Map.of("destination", "370100"));
        ReceiptPrinting.Result result = printing(printer).print(new ReceiptPrinting.Request(filed,
                ServiceCode.REMOTE_CARE_FILING, List.of("预计 2026年11月25日 前办结"), false, Locale.SIMPLIFIED_CHINESE));

        assertThat(result.printed()).isTrue();
        assertThat(result.acceptanceNo()).isEqualTo(filed.acceptanceNo()).startsWith("DEMO-01-20261122-");
        assertThat(printer.printed).hasSize(1);
        Receipt r = printer.printed.get(0);
        assertThat(r.acceptanceNo()).isEqualTo(filed.acceptanceNo());
        assertThat(r.service()).isEqualTo("异地就医备案");
        // 15:45 UTC is 23:45 in Shanghai, the same day
        assertThat(r.issuedAt()).isEqualTo(ZonedDateTime.of(2026, 11, 22, 23, 45, 0, 0, SHANGHAI));
        assertThat(r.materials()).isEqualTo(catalogs.services().get(ServiceCode.REMOTE_CARE_FILING).materials()).isNotEmpty();
        assertThat(r.nextSteps()).containsExactly("预计 2026年11月25日 前办结");
        assertThat(r.hallPhone()).isEqualTo(catalogs.hall().phone()).isEqualTo("12393");
        assertThat(r.hallName()).isEqualTo(catalogs.hall().name());
        assertThat(r.maskedId()).isEqualTo("370102********4320");
        assertThat(r.completeAtWindow()).isFalse();
        assertThat(r.salutation()).isEmpty();
        assertThat(r.toString()).doesNotContain(FULL_ID).doesNotContain("王秀英");
        assertThat(audit.latest(20)).noneMatch(e -> e.action().equals("receipt.print-failed"));
    }

    @Test
    void aKeyedIdAddsTheIdentityCheckAndCompleteAtWindow() {
        RecordingPrinter printer = new RecordingPrinter();
        FiledSubmission filed = filing.file("chronic.filing", KEYED, Map.of("disease", "I10"));
        printing(printer).print(new ReceiptPrinting.Request(filed, ServiceCode.CHRONIC_FILING, List.of(), false, null));

        Receipt r = printer.printed.get(0);
        assertThat(r.completeAtWindow()).isTrue();
        assertThat(r.nextSteps()).containsExactly("请带上身份证到窗口核验身份。");
        assertThat(r.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anEnglishReceiptNamesTheServiceInEnglish() {
        RecordingPrinter printer = new RecordingPrinter();
        FiledSubmission filed = filing.file("remote-care.filing", CARD, Map.of());
        printing(printer).print(new ReceiptPrinting.Request(filed, ServiceCode.REMOTE_CARE_FILING,
                List.of("Reply by 25 November 2026"), true, Locale.ENGLISH));

        Receipt r = printer.printed.get(0);
        assertThat(r.service()).isEqualTo(catalogs.services().get(ServiceCode.REMOTE_CARE_FILING).nameEn());
        assertThat(r.completeAtWindow()).isTrue();
        assertThat(r.locale()).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(PrinterFailure.class)
    void everyPrinterFailureComesBackAsItsKindAndIsAuditedWithoutTheResident(PrinterFailure failure) {
        RecordingPrinter printer = new RecordingPrinter();
        printer.failure = failure;
        FiledSubmission filed = filing.file("remote-care.filing", CARD, Map.of());

        ReceiptPrinting.Result result = printing(printer).print(new ReceiptPrinting.Request(filed,
                ServiceCode.REMOTE_CARE_FILING, List.of(), false, Locale.SIMPLIFIED_CHINESE));

        assertThat(result.printed()).isFalse();
        assertThat(result.problem()).contains(ReceiptPrinting.Problem.valueOf(failure.name()));
        assertThat(result.acceptanceNo()).isEqualTo(filed.acceptanceNo());
        List<AuditEvent> failures = audit.latest(20).stream().filter(e -> e.action().equals("receipt.print-failed")).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).detail()).contains(filed.acceptanceNo()).contains(failure.name())
                .doesNotContain(FULL_ID).doesNotContain("王秀英").doesNotContain("4320");
    }

    @Test
    void theFilePrinterWritesThePictureAndPdfNamedByTheAcceptanceNumber() throws Exception {
        Path receipts = dir.resolve("receipts");
        FilePrinter files = new FilePrinter(receipts, new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM));
        FiledSubmission filed = filing.file("remote-care.filing", CARD, Map.of());

        ReceiptPrinting.Result result = printing(files).print(new ReceiptPrinting.Request(filed,
                ServiceCode.REMOTE_CARE_FILING, List.of("预计 2026年11月25日 前办结"), false, Locale.SIMPLIFIED_CHINESE));

        assertThat(result.printed()).isTrue();
        assertThat(files.pngOf(filed.acceptanceNo())).isRegularFile();
        assertThat(Files.size(files.pdfOf(filed.acceptanceNo()))).isGreaterThan(1000);
        Path target = Path.of("target", "receipts");
        Files.createDirectories(target);
        Files.copy(files.pngOf(filed.acceptanceNo()), target.resolve("completion-receipt.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFolderThatCannotBeWrittenIsAFailedPrintNotALostSubmission() throws Exception {
        Path notAFolder = dir.resolve("receipts-file");
        Files.writeString(notAFolder, "in the way");
        FilePrinter files = new FilePrinter(notAFolder, new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM));
        FiledSubmission filed = filing.file("remote-care.filing", CARD, Map.of());

        ReceiptPrinting.Result result = printing(files).print(new ReceiptPrinting.Request(filed,
                ServiceCode.REMOTE_CARE_FILING, List.of(), false, Locale.SIMPLIFIED_CHINESE));

        assertThat(result.problem()).contains(ReceiptPrinting.Problem.FAILED);
        try (var c = db.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT COUNT(*) FROM submission WHERE acceptance_no = ?")) {
            ps.setString(1, filed.acceptanceNo());
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the submission stands").isEqualTo(1);
            }
        }
    }
}
