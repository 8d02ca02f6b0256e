package io.anxin.kiosk.domain;

/** How a resident proved who they are. Only a card or an e-voucher is a verified identity. */
public enum IdentityMethod {
    CARD(true), EVOUCHER(true), KEYED(false);

    private final boolean verified;

    IdentityMethod(boolean verified) {
        this.verified = verified;
    }

    public boolean verified() {
        return verified;
    }
}
