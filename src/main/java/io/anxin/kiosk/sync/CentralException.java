package io.anxin.kiosk.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception of the central-sync client: what went wrong talking to the central server, with
 * what a technician needs (the call, the HTTP code, the config key or file). Messages never hold an ID
 * number, a name, a token or an e-voucher code.
 */
public final class CentralException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The token or CA file named by the configuration cannot be used (missing, unreadable, too open). */
        CONFIG,
        /** No connection: refused, reset, no route, DNS. */
        OFFLINE,
        /** Connect or request timeout. */
        TIMEOUT,
        /** The server's certificate is not trusted (or the TLS handshake failed). */
        TLS,
        /** 401/403: the terminal's credentials were refused. */
        UNAUTHORIZED,
        /** 413: the request body is too large for the server. */
        TOO_LARGE,
        /** 429/503 with a Retry-After: wait {@link #retryAfter()}. */
        RETRY_AFTER,
        /** Any other unexpected HTTP status ({@link #httpStatus()}). */
        SERVER_ERROR,
        /** A body that is not the protocol's JSON. */
        BAD_RESPONSE,
        /** 404: the server does not know it. */
        NOT_FOUND,
        /** 410: it has expired (e-voucher). */
        GONE
    }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public CentralException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public CentralException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, null, cause);
    }

    public CentralException(Kind kind, String message, int httpStatus, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the server answered, 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the server asked us to wait ({@link Kind#RETRY_AFTER} only). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True for failures of the connection itself (no answer at all): the server is unreachable from here. */
    public boolean unreachable() {
        return kind == Kind.OFFLINE || kind == Kind.TIMEOUT || kind == Kind.TLS;
    }
}
