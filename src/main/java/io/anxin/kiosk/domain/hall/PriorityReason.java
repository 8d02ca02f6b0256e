package io.anxin.kiosk.domain.hall;

import java.util.Optional;

/** Why a resident gets a priority ticket for the 老年人优先窗口. */
public enum PriorityReason {
    ELDERLY, DISABILITY;

    /**
     * @param age the identified resident's age, or null when the resident did not identify
     * @param disability the resident said (or the card shows) they have a disability
     * @param elderlyAge config {@code resident.elderly-age}
     */
    public static Optional<PriorityReason> of(Integer age, boolean disability, int elderlyAge) {
        if (age != null && age >= elderlyAge) {
            return Optional.of(ELDERLY);
        }
        return disability ? Optional.of(DISABILITY) : Optional.empty();
    }
}
