package io.anxin.kiosk.service.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.service.live.ApplicationProgress;
import io.anxin.kiosk.service.live.ApplicationStatus;
import io.anxin.kiosk.service.live.LiveDataException;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.service.live.ResidentRecords;

/**
 * Live data a test controls: online with the records and statuses it was given, or failing with a
 * {@link LiveDataFailure}, or answering garbage (a runtime exception that is not the protocol's).
 */
public final class FakeLiveData implements ResidentRecords, ApplicationProgress {

    public volatile LiveDataFailure failure;
    public volatile boolean garbage;
    public final Map<String, ResidentRecord> residents = new HashMap<>();
    public final Map<String, ApplicationStatus> byReference = new HashMap<>();
    public final Map<String, ApplicationStatus> byAcceptanceNo = new HashMap<>();
    public final AtomicInteger calls = new AtomicInteger();

    /** A record like the spec's example, with {@code spending} lines of -1.00 .. -n.00. */
    public static ResidentRecord record(String name, String status, int spending) {
        List<ResidentRecord.AccountEntry> recent = new ArrayList<>();
        for (int i = 1; i <= spending; i++) {
            recent.add(new ResidentRecord.AccountEntry(LocalDate.of(2026, 11, 21).minusDays(i), "济南市中心医院" + i,
                    new BigDecimal("-" + i + ".20")));
        }
        return new ResidentRecord(name, "resident", status, LocalDate.of(2008, 1, 1), "370102",
                new ResidentRecord.PersonalAccount(new BigDecimal("1234.50"), OffsetDateTime.parse("2026-11-22T09:00:00+08:00"),
                        recent),
                List.of(new ResidentRecord.ChronicQualification("高血压", LocalDate.of(2027, 6, 30))));
    }

    public FakeLiveData with(IdNumber id, ResidentRecord r) {
        residents.put(id.value(), r);
        return this;
    }

    @Override
    public ResidentRecord lookup(IdNumber idNumber) {
        calls.incrementAndGet();
        check();
        ResidentRecord r = residents.get(idNumber.value());
        if (r == null) {
            throw new LiveDataException(LiveDataFailure.NOT_FOUND, "404");
        }
        return r;
    }

    @Override
    public ApplicationStatus byReference(String reference) {
        calls.incrementAndGet();
        check();
        return found(byReference.get(reference));
    }

    @Override
    public ApplicationStatus byAcceptanceNo(String acceptanceNo) {
        calls.incrementAndGet();
        check();
        return found(byAcceptanceNo.get(acceptanceNo));
    }

    private void check() {
        if (garbage) {
            throw new IllegalArgumentException("unknown application state: pending-ish");
        }
        if (failure != null) {
            throw new LiveDataException(failure, "fake " + failure);
        }
    }

    private static ApplicationStatus found(ApplicationStatus s) {
        if (s == null) {
            throw new LiveDataException(LiveDataFailure.NOT_FOUND, "404");
        }
        return s;
    }
}
