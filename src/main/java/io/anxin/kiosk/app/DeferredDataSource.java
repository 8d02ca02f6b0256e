package io.anxin.kiosk.app;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.anxin.kiosk.store.Database;

/**
 * A DataSource for a database still being opened and migrated in the background, so the first frame
 * does not wait for Flyway. A caller that needs a connection before it is ready waits for it; if
 * opening failed, every call fails with the reason.
 */
final class DeferredDataSource implements DataSource {

    private final CompletableFuture<Database> database;

    DeferredDataSource(CompletableFuture<Database> database) {
        this.database = database;
    }

    private DataSource ready() throws SQLException {
        try {
            return database.join().dataSource();
        } catch (CompletionException e) {
            throw new SQLException("the local database could not be opened: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ready().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return ready().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return ready().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        ready().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        ready().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return ready().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return ready().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return ready().isWrapperFor(iface);
    }
}
