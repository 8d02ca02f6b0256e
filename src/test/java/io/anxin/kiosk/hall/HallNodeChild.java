package io.anxin.kiosk.hall;

import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;

/**
 * A hall node in its own JVM, for the concurrency run that kills it with SIGKILL:
 * {@code HallNodeChild DB-DIR PORT TOKEN-FILE}. Prints {@code READY <port>} once it serves; SIGTERM
 * closes it cleanly.
 */
public final class HallNodeChild {

    private HallNodeChild() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        HallQueue queue = new HallQueue(new HallQueueStore(db.dataSource()), HallConcurrencyRun.categories(),
                Duration.ofMinutes(15), 60, HallFixtures.ZONE, Clock.systemUTC(), Duration.ofMinutes(5));
        HallNode node = null;
        for (int attempt = 0; node == null; attempt++) {
            try {
                node = HallNode.start(queue, InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]),
                        HallTokens.readNode(Path.of(args[2])));
            } catch (HallException e) {
                if (!(e.getCause() instanceof BindException) || attempt > 200) {
                    throw e;
                }
                Thread.sleep(50); // the killed node's socket may linger a moment
            }
        }
        HallNode started = node;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            db.close();
        }));
        System.out.println("READY " + node.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
