package io.anxin.kiosk.service.live;

import java.util.Objects;
import java.util.function.Supplier;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.sync.ApplicationAnswer;
import io.anxin.kiosk.sync.CentralClient;
import io.anxin.kiosk.sync.CentralException;
import io.anxin.kiosk.sync.ResidentAnswer;

/**
 * Live data from the central server through the sync layer's {@link CentralClient}; every
 * {@link CentralException} becomes a {@link LiveDataException} of the matching kind.
 *
 * <p>Thread-safe; blocking (network).
 */
public final class CentralLiveData implements ResidentRecords, ApplicationProgress {

    private final CentralClient client;

    public CentralLiveData(CentralClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public ResidentRecord lookup(IdNumber idNumber) {
        ResidentAnswer a = call(() -> client.lookupResident(idNumber.value()), "resident " + idNumber.masked());
        try {
            ResidentAnswer.Account acc = a.personalAccount();
            return new ResidentRecord(a.name(), a.insuranceType(), a.status(), a.insuredSince(), a.region(),
                    new ResidentRecord.PersonalAccount(acc.balance(), acc.asOf(), acc.recent().stream()
                            .map(l -> new ResidentRecord.AccountEntry(l.date(), l.place(), l.amount())).toList()),
                    a.chronicQualifications().stream()
                            .map(q -> new ResidentRecord.ChronicQualification(q.disease(), q.validTo())).toList());
        } catch (NullPointerException e) {
            throw new LiveDataException(LiveDataFailure.SERVER_ERROR, "central server's resident record lacks a field: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ApplicationStatus byReference(String reference) {
        return status(call(() -> client.applicationByReference(reference), "application " + reference));
    }

    @Override
    public ApplicationStatus byAcceptanceNo(String acceptanceNo) {
        return status(call(() -> client.applicationByAcceptanceNo(acceptanceNo), "application " + acceptanceNo));
    }

    private static ApplicationStatus status(ApplicationAnswer a) {
        try {
            return new ApplicationStatus(a.reference(), ApplicationStatus.State.fromWire(a.state()), a.updatedAt(), a.message());
        } catch (IllegalArgumentException e) {
            throw new LiveDataException(LiveDataFailure.SERVER_ERROR, "central server: " + e.getMessage(), e);
        }
    }

    private static <T> T call(Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (CentralException e) {
            throw new LiveDataException(kind(e), what + ": " + e.getMessage(), e);
        }
    }

    static LiveDataFailure kind(CentralException e) {
        return switch (e.kind()) {
            case OFFLINE, TIMEOUT, TLS, CONFIG, RETRY_AFTER -> LiveDataFailure.OFFLINE;
            case NOT_FOUND -> LiveDataFailure.NOT_FOUND;
            case UNAUTHORIZED -> LiveDataFailure.UNAUTHORIZED;
            case GONE, TOO_LARGE, SERVER_ERROR, BAD_RESPONSE -> LiveDataFailure.SERVER_ERROR;
        };
    }
}
