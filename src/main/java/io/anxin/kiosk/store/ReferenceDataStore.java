package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Catalog updates from the central server, by version: {@link #store} writes all datasets of a version
 * and the version itself in one transaction, so a crash leaves the old version or the new one whole.
 *
 * <p>Thread-safe: each call uses its own connection.
 */
public final class ReferenceDataStore {

    private final DataSource dataSource;

    public ReferenceDataStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored version; 0 before the first update. */
    public long version() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kiosk_meta WHERE meta_key = 'reference-version'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read the reference-data version: " + e.getMessage(), e);
        }
    }

    /**
     * Stores {@code datasets} (name to JSON text) as {@code version}; datasets not named keep their
     * content. False, and nothing changed, when {@code version} is not newer than the stored one.
     */
    public boolean store(long version, Map<String, String> datasets, Instant now) {
        try {
            return Transactions.inTransaction(dataSource, c -> {
                long current;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT meta_value FROM kiosk_meta WHERE meta_key = 'reference-version' FOR UPDATE");
                     ResultSet rs = ps.executeQuery()) {
                    current = rs.next() ? Long.parseLong(rs.getString(1)) : 0;
                }
                if (version <= current) {
                    return false;
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "MERGE INTO reference_dataset (name, version, content, stored_at) KEY (name) VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<String, String> d : datasets.entrySet()) {
                        ps.setString(1, d.getKey());
                        ps.setLong(2, version);
                        ps.setString(3, d.getValue());
                        ps.setObject(4, now.atOffset(ZoneOffset.UTC));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "MERGE INTO kiosk_meta (meta_key, meta_value) KEY (meta_key) VALUES ('reference-version', ?)")) {
                    ps.setString(1, Long.toString(version));
                    ps.executeUpdate();
                }
                return true;
            });
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot store reference data version " + version + ": "
                    + e.getMessage(), e);
        }
    }

    /** Every stored dataset, name to JSON text. */
    public Map<String, String> datasets() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name, content FROM reference_dataset ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> m = new LinkedHashMap<>();
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
            return m;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read reference data: " + e.getMessage(), e);
        }
    }

    public Optional<String> dataset(String name) {
        return Optional.ofNullable(datasets().get(name));
    }
}
