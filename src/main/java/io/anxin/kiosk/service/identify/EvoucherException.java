package io.anxin.kiosk.service.identify;

/** An e-voucher could not be resolved; {@link #kind()} says why in terms the resident can act on. */
public final class EvoucherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** No network or no central server: the code needs the network. */
        OFFLINE,
        /** The server does not know the code. */
        UNKNOWN,
        /** The code has expired: refresh it on the phone. */
        EXPIRED,
        /** The server answered something else; detail is for the technician. */
        FAILED
    }

    private final Kind kind;

    public EvoucherException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
