package io.anxin.kiosk.service.identify;

import java.util.Objects;
import java.util.Optional;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.sync.CentralClient;
import io.anxin.kiosk.sync.CentralException;
import io.anxin.kiosk.sync.EvoucherAnswer;

/**
 * Resolves e-vouchers at the central server (POST /v1/evoucher/resolve). 404 is an unknown code, 410 an
 * expired one, no connection is offline; anything else failed. The token is never kept or logged.
 *
 * <p>Thread-safe; blocking (network).
 */
public final class CentralEvoucherResolver implements EvoucherResolver {

    private final CentralClient client;

    public CentralEvoucherResolver(CentralClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public ResidentIdentity resolve(String token) {
        if (token == null || token.isBlank()) {
            throw new EvoucherException(EvoucherException.Kind.UNKNOWN, "empty e-voucher code");
        }
        EvoucherAnswer answer;
        try {
            answer = client.resolveEvoucher(token.strip());
        } catch (CentralException e) {
            throw new EvoucherException(kind(e), e.getMessage());
        }
        IdNumber id;
        try {
            id = IdNumber.parse(answer.idNumber());
        } catch (IllegalArgumentException e) {
            // the message says what is wrong with the number, never the number
            throw new EvoucherException(EvoucherException.Kind.FAILED, "central server resolved the e-voucher to an ID number "
                    + "that is not valid: " + e.getMessage());
        }
        Optional<String> name = Optional.of(answer.name().strip()).filter(n -> !n.isEmpty());
        return new ResidentIdentity(name, id, IdentityMethod.EVOUCHER, Optional.empty());
    }

    static EvoucherException.Kind kind(CentralException e) {
        return switch (e.kind()) {
            case OFFLINE, TIMEOUT, TLS, CONFIG, RETRY_AFTER -> EvoucherException.Kind.OFFLINE;
            case NOT_FOUND -> EvoucherException.Kind.UNKNOWN;
            case GONE -> EvoucherException.Kind.EXPIRED;
            case UNAUTHORIZED, TOO_LARGE, SERVER_ERROR, BAD_RESPONSE -> EvoucherException.Kind.FAILED;
        };
    }
}
