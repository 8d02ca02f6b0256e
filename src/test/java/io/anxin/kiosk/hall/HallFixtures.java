package io.anxin.kiosk.hall;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;

/** The test hall: priority window 1 (Y), general at 2 and 3 (A), chronic at 4 (B). */
public final class HallFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HallFixtures() {
    }

    public static QueueCategories categories() {
        return new QueueCategories(List.of(
                new QueueCategory("elderly", 'Y', "老年人优先窗口", "Priority window", List.of(1), true),
                new QueueCategory("general", 'A', "参保登记与缴费", "Enrolment", List.of(2, 3), false),
                new QueueCategory("chronic", 'B', "门诊慢特病", "Chronic disease", List.of(4), false)));
    }

    public static HallQueue queue(Database db, java.time.Clock clock) {
        return new HallQueue(new HallQueueStore(db.dataSource()), categories(), Duration.ofMinutes(15), 60, ZONE, clock,
                Duration.ofMinutes(5));
    }
}
