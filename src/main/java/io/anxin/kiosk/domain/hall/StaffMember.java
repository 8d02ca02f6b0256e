package io.anxin.kiosk.domain.hall;

/**
 * One clerk of {@code staff.csv}: staff number, names, and the PBKDF2 hash of their PIN
 * ({@link io.anxin.kiosk.domain.PinHash}). {@link #toString()} leaves the hash out.
 */
public record StaffMember(String staffNo, String nameZh, String nameEn, String pinHash) {

    public StaffMember {
        if (staffNo == null || !Clerk.STAFF_NO.matcher(staffNo).matches()) {
            throw new IllegalArgumentException("staff number: expected 1 to 16 letters or digits");
        }
    }

    public Clerk clerk() {
        return new Clerk(staffNo, nameZh, nameEn);
    }

    @Override
    public String toString() {
        return "StaffMember[" + staffNo + "]";
    }
}
