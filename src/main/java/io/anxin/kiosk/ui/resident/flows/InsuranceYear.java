package io.anxin.kiosk.ui.resident.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.anxin.kiosk.domain.catalog.ContributionTable;
import io.anxin.kiosk.domain.catalog.ResidentCategory;

/**
 * Which insurance year enrolment and payment are for: resident contributions are collected in the
 * autumn for the next year, so from September on it is next year's (when the catalog has it).
 */
final class InsuranceYear {

    static final int COLLECTION_STARTS_IN_MONTH = 9;

    private InsuranceYear() {
    }

    static int of(Clock clock, ContributionTable table) {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        if (today.getMonthValue() >= COLLECTION_STARTS_IN_MONTH && !table.categories(next).isEmpty()) {
            return next;
        }
        return today.getYear();
    }

    static List<ResidentCategory> categories(Clock clock, ContributionTable table) {
        return table.categories(of(clock, table));
    }
}
