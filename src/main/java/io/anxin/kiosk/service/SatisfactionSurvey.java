package io.anxin.kiosk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.store.SatisfactionStore;

/**
 * "您对本次服务满意吗？": stores one answer per service and counts a month of them for the monthly
 * report. Months are counted in the clock's zone (the kiosk's {@code time.zone}).
 *
 * <p>Thread-safe; blocking (worker thread). Throws {@link io.anxin.kiosk.store.StoreException}.
 */
public final class SatisfactionSurvey {

    private final SatisfactionStore store;
    private final Clock clock;
    private final String terminalId;

    public SatisfactionSurvey(SatisfactionStore store, Clock clock, String terminalId) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
    }

    public void answer(ServiceCode service, SatisfactionRating rating) {
        store.record(service, rating, clock.instant(), terminalId);
    }

    /**
     * The month's answers: per service code (sorted) a count for every rating, zeros included;
     * services nobody rated that month are left out.
     */
    public Map<String, Map<SatisfactionRating, Long>> month(YearMonth month) {
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<SatisfactionStore.Count> counts = store.counts(from, to);
        Map<String, Map<SatisfactionRating, Long>> report = new LinkedHashMap<>();
        for (SatisfactionStore.Count c : counts) {
            report.computeIfAbsent(c.serviceCode(), k -> zeros()).merge(c.rating(), c.count(), Long::sum);
        }
        return report;
    }

    private static Map<SatisfactionRating, Long> zeros() {
        Map<SatisfactionRating, Long> m = new EnumMap<>(SatisfactionRating.class);
        for (SatisfactionRating r : SatisfactionRating.values()) {
            m.put(r, 0L);
        }
        return m;
    }
}
