package io.anxin.kiosk.service.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.LiveDataException;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.service.live.ResidentRecords;
import io.anxin.kiosk.store.ResidentCacheStore;
import io.anxin.kiosk.store.StoreException;

/**
 * The resident's insurance record for 个人账户查询 and 参保证明打印: live from the central server when
 * it answers (and then cached in H2 under the HMAC resident key), otherwise the last cached copy
 * with the time it was fetched, otherwise words for what is missing. Only a verified identity (card
 * or e-voucher) is looked up: a keyed ID number never sees personal records.
 *
 * <p>An answer that is not the protocol (an unknown status or insurance type, or any exception
 * other than {@link LiveDataException} from the live source) counts as
 * {@link LiveDataFailure#SERVER_ERROR} and is not cached. A damaged cached row counts as no copy.
 * Logs name failure kinds only, never the ID number or the record.
 *
 * <p>Blocking (network, database): never on the FX thread. Thread-safe; holds no resident data.
 */
public final class ResidentLookup {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentLookup.class);
    static final Set<String> STATUSES = Set.of("active", "suspended", "none");
    static final Set<String> TYPES = Set.of("employee", "resident");

    private final ResidentRecords live;
    private final ResidentCacheStore cache;
    private final Clock clock;

    public ResidentLookup(ResidentRecords live, ResidentCacheStore cache, Clock clock) {
        this.live = live;
        this.cache = cache;
        this.clock = clock;
    }

    public LookupResult lookup(ResidentIdentity identity) {
        if (!identity.verified()) {
            return LookupResult.without(LookupResult.Status.NOT_VERIFIED, null);
        }
        IdNumber id = identity.idNumber();
        LiveDataFailure failure;
        try {
            ResidentRecord record = live.lookup(id);
            checkProtocol(record);
            Instant now = clock.instant();
            try {
                cache.put(id, ResidentRecordJson.encode(record), now);
            } catch (StoreException e) {
                LOG.warn("a resident record could not be cached for offline display: {}", e.getMessage());
            }
            return LookupResult.live(record, now);
        } catch (LiveDataException e) {
            failure = e.kind();
            LOG.info("resident look-up failed: {}", failure);
        } catch (RuntimeException e) {
            failure = LiveDataFailure.SERVER_ERROR;
            LOG.warn("resident look-up answered something that is not the protocol: {}", e.getClass().getSimpleName());
        }
        if (failure == LiveDataFailure.NOT_FOUND) {
            return LookupResult.without(LookupResult.Status.NOT_FOUND, failure);
        }
        Optional<ResidentCacheStore.CachedCopy> copy = cachedCopy(id);
        if (copy.isPresent()) {
            try {
                return LookupResult.cached(ResidentRecordJson.decode(copy.get().payload()), copy.get().fetchedAt(), failure);
            } catch (IllegalArgumentException e) {
                LOG.warn("a cached resident record is damaged and is ignored: {}", e.getMessage());
            }
        }
        return LookupResult.without(failure == LiveDataFailure.OFFLINE ? LookupResult.Status.NO_NETWORK
                : LookupResult.Status.UNAVAILABLE, failure);
    }

    private Optional<ResidentCacheStore.CachedCopy> cachedCopy(IdNumber id) {
        try {
            return cache.get(id);
        } catch (StoreException e) {
            LOG.warn("the resident cache cannot be read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static void checkProtocol(ResidentRecord record) {
        if (record == null) {
            throw new IllegalStateException("no record");
        }
        if (!STATUSES.contains(record.status())) {
            throw new IllegalStateException("unknown insurance status");
        }
        if (!TYPES.contains(record.insuranceType())) {
            throw new IllegalStateException("unknown insurance type");
        }
    }
}
