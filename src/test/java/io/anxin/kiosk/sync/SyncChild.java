package io.anxin.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.ReferenceDataStore;

/**
 * A {@code kiosk sync}-like child process for {@link SyncCrashTest}: opens the database, prints READY,
 * and runs delivery passes until nothing is pending, then prints DONE. Args: db dir, server URL, token file, batch size.
 */
public final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dbDir = Path.of(args[0]);
        URI url = URI.create(args[1]);
        Path token = Path.of(args[2]);
        int batch = Integer.parseInt(args[3]);
        try (Database db = Database.open(dbDir)) {
            Clock clock = Clock.systemUTC();
            CentralClient client = new CentralClient(new CentralSettings(url, "JN-LX-007", "crash-test", Optional.of(token),
                    Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10)), clock);
            SyncWorker worker = new SyncWorker(new Outbox(db.dataSource(), clock, "JN-LX-007"), client,
                    new ReferenceDataStore(db.dataSource()), db.epoch(), batch, clock, Waiter.monitor(), new Random(), Map::of);
            System.out.println("READY");
            System.out.flush();
            for (int pass = 0; pass < 10_000; pass++) {
                SyncReport r = worker.syncNow((done, total) -> { });
                if (r.leftPending() == 0) {
                    System.out.println("DONE");
                    System.out.flush();
                    return;
                }
                Thread.sleep(5);
            }
        }
        System.exit(1);
    }
}
