package io.anxin.kiosk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The kiosk's local H2 file database: opened, migrated with Flyway, pooled. The caller must hold the
 * {@link DataFolderLock} of the folder first.
 *
 * <p>{@code WRITE_DELAY=0}: with H2's default, a kill -9 loses transactions that were already
 * committed (STACK.md). No {@code AUTO_SERVER}: it would listen for other machines.
 *
 * <p>{@code AUTO_COMPACT_FILL_RATE=0}: no background compaction. The sync crash test (kill -9 while the
 * worker marks outbox rows delivered) once left a file H2 2.3.232 could not open again ("Double mark"
 * in the free-space bitmap, h2database issues #2752 and #4123, which point at chunks moved by
 * compaction). Without compaction the file does not shrink by itself; free space is still reused.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 8;

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path databaseDir) {
        try {
            Files.createDirectories(databaseDir);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.DATA_FOLDER,
                    "cannot create database folder " + databaseDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + databaseDir.toAbsolutePath().resolve("kiosk")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;AUTO_COMPACT_FILL_RATE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kiosk", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:io/anxin/kiosk/db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException(StoreException.Kind.DATABASE,
                    "database at " + databaseDir + " cannot be opened or migrated: " + rootMessage(e), e);
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The random id made when this database was created (specs/central-sync.md {@code epoch}). */
    public String epoch() {
        return epoch(pool);
    }

    /** {@link #epoch()} of the database behind {@code dataSource}. */
    public static String epoch(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kiosk_meta WHERE meta_key = 'epoch'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.DATABASE, "database has no epoch row", null);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot read the database epoch: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
