package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import io.anxin.kiosk.domain.IdNumber;

/**
 * The offline copy of each resident's record from the central server, one row per resident, keyed
 * by {@link SubmissionStore#residentKey}: the ID number itself is never stored in a column. The
 * payload is opaque here (the service layer writes and reads it) and is never logged.
 *
 * <p>Thread-safe: each call uses its own connection.
 */
public final class ResidentCacheStore {

    /** One cached copy: the payload and when the server gave it. {@link #toString()} leaves the payload out. */
    public record CachedCopy(String payload, Instant fetchedAt) {
        public CachedCopy {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }

        @Override
        public String toString() {
            return "CachedCopy[" + fetchedAt + "]";
        }
    }

    private final DataSource dataSource;
    private final SubmissionStore keys;

    public ResidentCacheStore(DataSource dataSource, SubmissionStore keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    /** Replaces the resident's copy. */
    public void put(IdNumber id, String payload, Instant fetchedAt) {
        String key = keys.residentKey(id);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO resident_cache (resident_key, fetched_at, payload) KEY (resident_key) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setObject(2, fetchedAt.atOffset(ZoneOffset.UTC));
            ps.setString(3, payload);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot cache a resident record: " + e.getMessage(), e);
        }
    }

    public Optional<CachedCopy> get(IdNumber id) {
        String key = keys.residentKey(id);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT payload, fetched_at FROM resident_cache WHERE resident_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CachedCopy(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read a cached resident record: " + e.getMessage(), e);
        }
    }
}
