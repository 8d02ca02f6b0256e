package io.anxin.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.ServiceCode;

/**
 * Writes and counts {@code satisfaction} rows. A row holds the service, the answer, the time and the
 * terminal, nothing about the resident. Thread-safe: each call uses its own connection.
 */
public final class SatisfactionStore {

    /** How many answers of one rating one service got. */
    public record Count(String serviceCode, SatisfactionRating rating, long count) {
    }

    private final DataSource dataSource;

    public SatisfactionStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public void record(ServiceCode service, SatisfactionRating rating, Instant at, String terminalId) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(rating, "rating");
        String sql = "INSERT INTO satisfaction (service_code, rating, created_at, terminal_id) VALUES (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, service.code());
            ps.setString(2, rating.code());
            ps.setObject(3, at.atOffset(ZoneOffset.UTC));
            ps.setString(4, terminalId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot store a satisfaction answer: " + e.getMessage(), e);
        }
    }

    /** Counts per service and rating of answers given in {@code [from, to)}, ordered by service code then rating. */
    public List<Count> counts(Instant from, Instant to) {
        String sql = "SELECT service_code, rating, COUNT(*) FROM satisfaction WHERE created_at >= ? AND created_at < ? "
                + "GROUP BY service_code, rating ORDER BY service_code, rating";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String rating = rs.getString(2);
                    counts.add(new Count(rs.getString(1), SatisfactionRating.fromCode(rating).orElseThrow(() ->
                            new StoreException(StoreException.Kind.DATABASE, "unknown satisfaction rating " + rating, null)),
                            rs.getLong(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot count satisfaction answers: " + e.getMessage(), e);
        }
    }
}
