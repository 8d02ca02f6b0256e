package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.util.Optional;

import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.StoreException;

/**
 * A technician command's own hold on the data folder and its database (DESIGN.md, "Who owns the
 * database"), for when no kiosk runs. When a kiosk owns the folder the command says so and exits 3;
 * asking the running kiosk over its control socket is not built yet.
 */
final class OwnedDatabase implements AutoCloseable {

    private final DataFolderLock lock;
    private final Database database;

    private OwnedDatabase(DataFolderLock lock, Database database) {
        this.lock = lock;
        this.database = database;
    }

    /** The database, or empty after telling {@code err} why not (then exit {@link ExitCodes#UNAVAILABLE}). */
    static Optional<OwnedDatabase> open(KioskConfig config, String command, PrintWriter err) {
        DataFolderLock lock;
        try {
            lock = DataFolderLock.acquire(config.dataDir(), "kiosk " + command);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.OWNED_ELSEWHERE) {
                throw e;
            }
            err.println("kiosk " + command + ": the kiosk is running; stop it or (later) use its control socket ("
                    + e.getMessage() + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(new OwnedDatabase(lock, Database.open(config.databaseDir())));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
