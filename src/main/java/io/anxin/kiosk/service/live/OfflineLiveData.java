package io.anxin.kiosk.service.live;

import io.anxin.kiosk.domain.IdNumber;

/** Live data when no central server is configured: every look-up is {@link LiveDataFailure#OFFLINE}. */
public final class OfflineLiveData implements ResidentRecords, ApplicationProgress {

    @Override
    public ResidentRecord lookup(IdNumber idNumber) {
        throw new LiveDataException(LiveDataFailure.OFFLINE, "no central server configured");
    }

    @Override
    public ApplicationStatus byReference(String reference) {
        throw new LiveDataException(LiveDataFailure.OFFLINE, "no central server configured");
    }

    @Override
    public ApplicationStatus byAcceptanceNo(String acceptanceNo) {
        throw new LiveDataException(LiveDataFailure.OFFLINE, "no central server configured");
    }
}
