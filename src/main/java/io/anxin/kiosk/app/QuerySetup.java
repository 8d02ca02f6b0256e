package io.anxin.kiosk.app;

import java.time.Clock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.service.live.ApplicationProgress;
import io.anxin.kiosk.service.live.ResidentRecords;
import io.anxin.kiosk.service.query.CertificatePrinting;
import io.anxin.kiosk.service.query.ProgressQuery;
import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.service.query.ResidentLookup;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.ResidentCacheStore;
import io.anxin.kiosk.store.SubmissionHistory;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * Builds the query services. Nothing here touches the database or loads fonts: start-up stays
 * fast, and the receipt fonts are loaded on the first print.
 */
final class QuerySetup {

    private QuerySetup() {
    }

    static QueryServices services(KioskConfig config, DataSource dataSource, ResidentRecords residents,
                                  ApplicationProgress applications, ReceiptPrinter printer, Supplier<ReceiptFonts> fonts,
                                  AuditLog audit, Clock clock) {
        SubmissionStore keys = new SubmissionStore(dataSource);
        ResidentLookup lookup = new ResidentLookup(residents, new ResidentCacheStore(dataSource, keys), clock);
        return new QueryServices(lookup, new ProgressQuery(new SubmissionHistory(dataSource, keys), applications),
                new CertificatePrinting(lookup, printer, fonts, audit, clock, config.terminalId(), config.certificateMaxAgeDays()),
                config.terminalId());
    }

    /** Loads the bundled receipt fonts once, on first use. */
    static Supplier<ReceiptFonts> lazyFonts() {
        return new Supplier<>() {
            private ReceiptFonts fonts;

            @Override
            public synchronized ReceiptFonts get() {
                if (fonts == null) {
                    fonts = ReceiptFonts.bundled();
                }
                return fonts;
            }
        };
    }

}
