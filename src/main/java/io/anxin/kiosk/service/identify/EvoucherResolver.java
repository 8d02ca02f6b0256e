package io.anxin.kiosk.service.identify;

import io.anxin.kiosk.domain.ResidentIdentity;

/**
 * Resolves a scanned medical-insurance e-voucher (医保电子凭证) token to its holder through the
 * central server (specs/central-sync.md, POST /v1/evoucher/resolve). The token is never stored or
 * logged by any implementation.
 *
 * <p>Threads: blocking (network); call it off the JavaFX thread. Thread-safe.
 */
public interface EvoucherResolver {

    /** @throws EvoucherException with a kind the screen can put into words */
    ResidentIdentity resolve(String token);
}
