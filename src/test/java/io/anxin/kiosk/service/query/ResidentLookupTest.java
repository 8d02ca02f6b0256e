package io.anxin.kiosk.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.ResidentCacheStore;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

class ResidentLookupTest {

    static final String ID = "370102195203154320";
    static final ResidentIdentity CARD = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse(ID), IdentityMethod.CARD,
            Optional.empty());

    @TempDir
    Path dir;

    Database db;
    ResidentCacheStore cache;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    final FakeLiveData live = new FakeLiveData();
    ResidentLookup lookup;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        cache = new ResidentCacheStore(db.dataSource(), new SubmissionStore(db.dataSource()));
        lookup = new ResidentLookup(live, cache, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlineTheRecordIsLiveAndCachedUnderTheHmacKeyWithoutIdOrName() throws Exception {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 3));
        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.LIVE);
        assertThat(r.record().orElseThrow().personalAccount().balance()).isEqualByComparingTo("1234.50");
        assertThat(r.fetchedAt()).contains(clock.instant());
        assertThat(r.toString()).doesNotContain("1234").doesNotContain("王");

        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT resident_key, payload, fetched_at FROM resident_cache")) {
            assertThat(rs.next()).isTrue();
            String key = rs.getString(1);
            String payload = rs.getString(2);
            assertThat(key).hasSize(64).doesNotContain(ID).isEqualTo(new SubmissionStore(db.dataSource()).residentKey(CARD.idNumber()));
            assertThat(payload).doesNotContain(ID).doesNotContain("王秀英").contains("\"balance\":\"1234.50\"");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void offlineWithACopyShowsTheCopyWithItsTimeAndTheCopyRoundTrips() {
        ResidentRecord original = FakeLiveData.record("王秀英", "active", 3);
        live.with(CARD.idNumber(), original);
        Instant fetched = clock.instant();
        lookup.lookup(CARD);
        clock.advance(Duration.ofDays(2));
        live.failure = LiveDataFailure.OFFLINE;

        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.CACHED);
        assertThat(r.fetchedAt()).contains(fetched);
        assertThat(r.failure()).contains(LiveDataFailure.OFFLINE);
        ResidentRecord copy = r.record().orElseThrow();
        assertThat(copy.name()).isEmpty();
        assertThat(copy).usingRecursiveComparison().ignoringFields("name").isEqualTo(original);
    }

    @Test
    void aLaterLookupReplacesTheCopy() {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 1));
        lookup.lookup(CARD);
        clock.advance(Duration.ofHours(3));
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "suspended", 5));
        lookup.lookup(CARD);
        live.failure = LiveDataFailure.SERVER_ERROR;
        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.CACHED);
        assertThat(r.record().orElseThrow().status()).isEqualTo("suspended");
        assertThat(r.record().orElseThrow().personalAccount().recent()).hasSize(5);
        assertThat(r.fetchedAt()).contains(clock.instant());
    }

    @Test
    void offlineWithoutACopySaysNoNetworkAndServerTroubleSaysUnavailable() {
        live.failure = LiveDataFailure.OFFLINE;
        assertThat(lookup.lookup(CARD).status()).isEqualTo(LookupResult.Status.NO_NETWORK);
        live.failure = LiveDataFailure.SERVER_ERROR;
        assertThat(lookup.lookup(CARD).status()).isEqualTo(LookupResult.Status.UNAVAILABLE);
        live.failure = LiveDataFailure.UNAUTHORIZED;
        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.UNAVAILABLE);
        assertThat(r.record()).isEmpty();
    }

    @Test
    void notFoundIsSaidEvenWhenACopyExists() {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 1));
        lookup.lookup(CARD);
        live.residents.clear();
        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.NOT_FOUND);
        assertThat(r.record()).isEmpty();
    }

    @Test
    void aKeyedIdNumberIsNeverLookedUp() {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 1));
        ResidentIdentity keyed = new ResidentIdentity(Optional.empty(), IdNumber.parse(ID), IdentityMethod.KEYED, Optional.empty());
        assertThat(lookup.lookup(keyed).status()).isEqualTo(LookupResult.Status.NOT_VERIFIED);
        assertThat(live.calls.get()).isZero();
    }

    @Test
    void garbageFromTheServerIsNotShownNorCachedAndTheOldCopyStands() {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 2));
        lookup.lookup(CARD);
        Instant first = clock.instant();
        clock.advance(Duration.ofHours(1));
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "on-holiday", 2));
        LookupResult r = lookup.lookup(CARD);
        assertThat(r.status()).isEqualTo(LookupResult.Status.CACHED);
        assertThat(r.failure()).contains(LiveDataFailure.SERVER_ERROR);
        assertThat(r.fetchedAt()).contains(first);
        assertThat(r.record().orElseThrow().status()).isEqualTo("active");

        live.garbage = true;
        assertThat(lookup.lookup(CARD).status()).isEqualTo(LookupResult.Status.CACHED);
    }

    @Test
    void aDamagedCachedRowCountsAsNoCopy() throws Exception {
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 2));
        lookup.lookup(CARD);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE resident_cache SET payload = '{\"status\": 42'");
        }
        live.failure = LiveDataFailure.OFFLINE;
        assertThat(lookup.lookup(CARD).status()).isEqualTo(LookupResult.Status.NO_NETWORK);
    }

    @Test
    void copiesAreKeptPerResident() {
        ResidentIdentity other = new ResidentIdentity(Optional.of("李建国"), IdNumber.parse("11010519491231002X"),
                IdentityMethod.EVOUCHER, Optional.empty());
        live.with(CARD.idNumber(), FakeLiveData.record("王秀英", "active", 1));
        lookup.lookup(CARD);
        live.failure = LiveDataFailure.OFFLINE;
        assertThat(lookup.lookup(other).status()).isEqualTo(LookupResult.Status.NO_NETWORK);
        assertThat(lookup.lookup(CARD).status()).isEqualTo(LookupResult.Status.CACHED);
    }
}
