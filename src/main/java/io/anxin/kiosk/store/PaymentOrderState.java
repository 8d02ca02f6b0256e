package io.anxin.kiosk.store;

import java.util.Arrays;
import java.util.Locale;

/** Where a contribution payment stands (V3__payment.sql). Only {@link #CHARGING} and {@link #UNCONFIRMED} ever change. */
public enum PaymentOrderState {
    /** Committed before the charge; the terminal may be charging. After a crash, the terminal is asked. */
    CHARGING,
    /** Money taken; the terminal's reference is recorded. */
    PAID,
    /** The card was refused: nothing taken. */
    DECLINED,
    /** Cancelled on the terminal: nothing taken. */
    CANCELLED,
    /** The terminal never got the charge (it has no record of the order): nothing taken. */
    NOT_CHARGED,
    /** The terminal gave no answer: staff check; settled later when the terminal answers a query. */
    UNCONFIRMED;

    /** The column value: lower case, '-' for '_'. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the states a later answer of the terminal may still change. */
    public boolean open() {
        return this == CHARGING || this == UNCONFIRMED;
    }

    public static PaymentOrderState fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payment order state " + code));
    }
}
