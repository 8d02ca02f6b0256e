package io.anxin.kiosk.service.identify;

import io.anxin.kiosk.domain.ResidentIdentity;

/**
 * The resolver of a kiosk with no central server configured ({@code central.url} empty): every code
 * needs the network, so the resident is told so and offered the card or the keypad. The sync issue
 * adds the HTTP resolver; the composition root picks one.
 */
public final class OfflineEvoucherResolver implements EvoucherResolver {

    @Override
    public ResidentIdentity resolve(String token) {
        throw new EvoucherException(EvoucherException.Kind.OFFLINE, "no central server configured (central.url is empty)");
    }
}
