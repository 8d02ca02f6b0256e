package io.anxin.kiosk.domain.hall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hall's clerks by staff number (unique). Immutable, thread-safe; may be empty (sign-in then refused). */
public final class StaffRoster {

    private final Map<String, StaffMember> byNumber = new LinkedHashMap<>();

    public StaffRoster(List<StaffMember> staff) {
        for (StaffMember m : staff) {
            if (byNumber.putIfAbsent(m.staffNo(), m) != null) {
                throw new IllegalArgumentException("staff number " + m.staffNo() + " appears twice");
            }
        }
    }

    public static StaffRoster empty() {
        return new StaffRoster(List.of());
    }

    public Optional<StaffMember> byNumber(String staffNo) {
        return Optional.ofNullable(byNumber.get(staffNo));
    }

    /** Every clerk, in file order. */
    public java.util.Collection<StaffMember> all() {
        return java.util.Collections.unmodifiableCollection(byNumber.values());
    }

    public boolean isEmpty() {
        return byNumber.isEmpty();
    }

    public int size() {
        return byNumber.size();
    }
}
