package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.anxin.kiosk.domain.PinHash;
import io.anxin.kiosk.domain.hall.Clerk;
import io.anxin.kiosk.domain.hall.StaffMember;
import io.anxin.kiosk.domain.hall.StaffRoster;

/** {@code staff.csv}: staff_no, name_zh, name_en, pin_hash (made by {@code kiosk pin-hash}). */
final class StaffCsv {

    static final List<String> COLUMNS = List.of("staff_no", "name_zh", "name_en", "pin_hash");

    private StaffCsv() {
    }

    static Optional<StaffRoster> read(Path file, String label, Problems problems) {
        int before = problems.count();
        List<StaffMember> staff = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        CsvTable.read(file, label, COLUMNS, problems, row -> {
            String staffNo = row.value("staff_no", v -> Optional.of(v).filter(s -> Clerk.STAFF_NO.matcher(s).matches()),
                    "1 to 16 letters or digits such as 1001");
            String zh = row.text("name_zh", "the clerk's Chinese name");
            String en = row.text("name_en", "the clerk's name in English (pinyin)");
            // the value itself is never echoed: a hash is not a secret, but half of one pasted wrongly may be
            String hash = row.raw("pin_hash");
            if (!PinHash.isWellFormed(hash)) {
                problems.add(label, row.line(), "column pin_hash: not a PIN hash; expected the output of 'kiosk pin-hash'"
                        + " (pbkdf2-sha256:<iterations>:<salt>:<hash>)");
            }
            if (staffNo != null) {
                Integer first = lines.putIfAbsent(staffNo, row.line());
                if (first != null) {
                    problems.add(label, row.line(), "column staff_no: " + staffNo + " is already on line " + first);
                }
            }
            if (row.ok() && PinHash.isWellFormed(hash)) {
                staff.add(new StaffMember(staffNo, zh, en, hash));
            }
        });
        return problems.count() == before ? Optional.of(new StaffRoster(staff)) : Optional.empty();
    }
}
