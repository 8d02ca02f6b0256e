package io.anxin.kiosk.hall;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import io.anxin.kiosk.domain.PinHash;
import io.anxin.kiosk.domain.hall.StaffMember;
import io.anxin.kiosk.domain.hall.StaffRoster;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallStaffStore;

/** Two clerks with fresh hashes: 1001 PIN 1357, 1002 PIN 2468 (the demo roster's PINs). */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static StaffRoster roster() {
        SecureRandom random = new SecureRandom();
        return new StaffRoster(List.of(
                new StaffMember("1001", "王敏", "Wang Min", PinHash.create("1357".toCharArray(), random)),
                new StaffMember("1002", "李强", "Li Qiang", PinHash.create("2468".toCharArray(), random))));
    }

    public static StaffDesk desk(StaffRoster roster, Database db, Clock clock) {
        return new StaffDesk(roster, new HallStaffStore(db.dataSource()), new AuditLog(db.dataSource(), clock, "NODE"), clock);
    }
}
