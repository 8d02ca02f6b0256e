package io.anxin.kiosk.service.query;

import java.time.Clock;

import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.ResidentCacheStore;
import io.anxin.kiosk.store.SubmissionHistory;
import io.anxin.kiosk.store.SubmissionStore;

/** Query services over a test database, with the live data and printer the test gives. */
public final class TestQueries {

    private TestQueries() {
    }

    public static QueryServices over(Database db, FakeLiveData live, ReceiptPrinter printer, AuditLog audit, Clock clock,
                                     String terminalId) {
        SubmissionStore keys = new SubmissionStore(db.dataSource());
        ResidentLookup lookup = new ResidentLookup(live, new ResidentCacheStore(db.dataSource(), keys), clock);
        return new QueryServices(lookup, new ProgressQuery(new SubmissionHistory(db.dataSource(), keys), live),
                new CertificatePrinting(lookup, printer, ReceiptFonts::bundled, audit, clock, terminalId, 7), terminalId);
    }
}
