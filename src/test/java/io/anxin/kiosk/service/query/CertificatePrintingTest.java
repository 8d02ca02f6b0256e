package io.anxin.kiosk.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.PrinterFailure;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.store.AuditEvent;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.ResidentCacheStore;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

class CertificatePrintingTest {

    static final ResidentIdentity CARD = ResidentLookupTest.CARD;
    static ReceiptFonts fonts;

    @TempDir
    Path dir;

    Database db;
    AuditLog audit;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    final FakeLiveData live = new FakeLiveData();
    final SlipPrinter printer = new SlipPrinter();
    CertificatePrinting certificates;

    @BeforeAll
    static void loadFonts() {
        fonts = ReceiptFonts.bundled();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        audit = new AuditLog(db.dataSource(), clock, "TEST-01");
        ResidentLookup lookup = new ResidentLookup(live, new ResidentCacheStore(db.dataSource(),
                new SubmissionStore(db.dataSource())), clock);
        certificates = new CertificatePrinting(lookup, printer, () -> fonts, audit, clock, "TEST-01", 7);
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 2));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void liveDataPrintsASlipWithTheMaskedIdAndTheNoteAndIsAudited() {
        CertificateCheck check = certificates.check(CARD);
        assertThat(check.status()).isEqualTo(CertificateCheck.Status.READY);
        Certificate c = check.certificate().orElseThrow();
        assertThat(c.live()).isTrue();
        assertThat(c.maskedId()).isEqualTo("370102********4320");
        assertThat(c.toString()).doesNotContain("王").doesNotContain("370102");

        List<String> lines = certificates.slipLines(c, Locale.SIMPLIFIED_CHINESE);
        assertThat(String.join("\n", lines)).contains("参保证明").contains("姓名：王秀英").contains("370102********4320")
                .contains("参保状态：正常参保").contains("险种：城乡居民基本医疗保险").contains("参保日期：2008年1月1日")
                .contains("打印时间：2026年11月22日 09:30").contains("以医保部门系统记录为准").doesNotContain("370102195203154320");

        assertThat(certificates.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.PRINTED);
        assertThat(printer.names).containsExactly("certificate-TEST-01-20261122093000");
        BufferedImage slip = printer.images.get(0);
        assertThat(slip.getWidth()).isEqualTo(ReceiptRenderer.WIDTH_80MM);
        assertThat(slip.getHeight()).isGreaterThan(400);
        assertThat(blackDots(slip)).isGreaterThan(2000);
        List<AuditEvent> events = audit.latest(5);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("certificate.printed");
            assertThat(e.actorRef()).isEqualTo("370102********4320");
        });
    }

    @Test
    void aCachedCopyYoungerThanTheLimitPrintsAndAnOlderOneIsRefusedWithItsDate() {
        certificates.check(CARD);
        Instant fetched = clock.instant();
        live.failure = LiveDataFailure.OFFLINE;
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        CertificateCheck young = certificates.check(CARD);
        assertThat(young.status()).isEqualTo(CertificateCheck.Status.READY);
        assertThat(young.certificate().orElseThrow().live()).isFalse();
        assertThat(young.certificate().orElseThrow().dataAsOf()).isEqualTo(fetched);
        assertThat(certificates.slipLines(young.certificate().get(), Locale.SIMPLIFIED_CHINESE))
                .contains("数据截至：2026年11月22日 09:30");

        clock.advance(Duration.ofMinutes(2));
        CertificateCheck old = certificates.check(CARD);
        assertThat(old.status()).isEqualTo(CertificateCheck.Status.TOO_OLD);
        assertThat(old.copyFetchedAt()).contains(fetched);
        assertThat(old.certificate()).isEmpty();
    }

    @Test
    void noDataNoCertificateAndEachReasonIsTold() {
        live.failure = LiveDataFailure.OFFLINE;
        assertThat(certificates.check(CARD).status()).isEqualTo(CertificateCheck.Status.NO_NETWORK);
        live.failure = LiveDataFailure.SERVER_ERROR;
        assertThat(certificates.check(CARD).status()).isEqualTo(CertificateCheck.Status.UNAVAILABLE);
        live.failure = null;
        live.residents.clear();
        assertThat(certificates.check(CARD).status()).isEqualTo(CertificateCheck.Status.NOT_FOUND);
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "none", 0));
        assertThat(certificates.check(CARD).status()).isEqualTo(CertificateCheck.Status.NOT_INSURED);
        ResidentIdentity keyed = new ResidentIdentity(Optional.empty(), CARD.idNumber(), IdentityMethod.KEYED, Optional.empty());
        assertThat(certificates.check(keyed).status()).isEqualTo(CertificateCheck.Status.NOT_VERIFIED);
    }

    @Test
    void aPrinterFailureIsAnOutcomeAndTheSameCertificatePrintsOnceThePrinterIsBack() {
        Certificate c = certificates.check(CARD).certificate().orElseThrow();
        printer.failure = PrinterFailure.PAPER_OUT;
        assertThat(certificates.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.PAPER_OUT);
        printer.failure = PrinterFailure.OFFLINE;
        assertThat(certificates.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.PRINTER_OFFLINE);
        printer.failure = PrinterFailure.COVER_OPEN;
        assertThat(certificates.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.COVER_OPEN);
        assertThat(printer.names).isEmpty();
        assertThat(audit.latest(10)).noneSatisfy(e -> assertThat(e.action()).isEqualTo("certificate.printed"));
        printer.failure = null;
        assertThat(certificates.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.PRINTED);
        assertThat(printer.names).hasSize(1);
    }

    @Test
    void theFilePrinterWritesTheSlipInEnglishToo() throws Exception {
        Path out = dir.resolve("receipts");
        FilePrinter files = new FilePrinter(out, new ReceiptRenderer(fonts, ReceiptRenderer.WIDTH_80MM));
        ResidentLookup lookup = new ResidentLookup(live, new ResidentCacheStore(db.dataSource(),
                new SubmissionStore(db.dataSource())), clock);
        CertificatePrinting onFiles = new CertificatePrinting(lookup, files, () -> fonts, audit, clock, "TEST-01", 7);
        Certificate c = onFiles.check(CARD).certificate().orElseThrow();
        assertThat(String.join("\n", onFiles.slipLines(c, Locale.ENGLISH))).contains("Certificate of insurance")
                .contains("Status: insured").contains("The insurance authority's records prevail");
        assertThat(onFiles.print(c, Locale.SIMPLIFIED_CHINESE)).isEqualTo(PrintOutcome.PRINTED);
        Path png = files.pngOf("certificate-TEST-01-20261122093000");
        assertThat(Files.size(png)).isGreaterThan(2000);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.copy(png, shots.resolve("certificate-slip.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int blackDots(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
