package io.anxin.kiosk.hall;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The hall node's HTTP/JSON queue API (docs/hall-api.md) on the JDK's HTTP server. Plain HTTP on
 * the hall LAN with a bearer token per terminal. Long polls of the change feed hold a worker each,
 * so the pool is larger than the core count. Start once, {@link #close()} once.
 */
public final class HallNode implements AutoCloseable {

    private static final int WORKERS = 24;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private final HallQueue queue;

    private HallNode(HttpServer server, ExecutorService executor, HallQueue queue) {
        this.server = server;
        this.executor = executor;
        this.queue = queue;
    }

    /**
     * @param port 0 picks a free port ({@link #port()} tells which)
     * @param terminalsByToken from {@link HallTokens#readNode}
     * @throws HallException NODE_ERROR when the address cannot be bound
     */
    public static HallNode start(HallQueue queue, InetAddress bind, int port, Map<String, String> terminalsByToken) {
        return start(queue, bind, port, terminalsByToken, StaffDesk.closed());
    }

    /**
     * As {@link #start(HallQueue, InetAddress, int, Map)}, with clerk sign-in against {@code staff}
     * ({@code POST /v1/hall/staff/sign-in}); without it every sign-in is refused as NO_STAFF_ROSTER.
     */
    public static HallNode start(HallQueue queue, InetAddress bind, int port, Map<String, String> terminalsByToken,
                                 StaffDesk staff) {
        return start(queue, bind, port, terminalsByToken, Map.of(), staff);
    }

    /**
     * As {@link #start(HallQueue, InetAddress, int, Map, StaffDesk)}, with each terminal's role
     * ({@link HallTokens#readRoles}): a kiosk may not call tickets, a display may change nothing.
     */
    public static HallNode start(HallQueue queue, InetAddress bind, int port, Map<String, String> terminalsByToken,
                                 Map<String, TerminalRole> roles, StaffDesk staff) {
        // The JDK server writes headers and body separately; with Nagle on, delayed ACKs add ~40 ms to
        // every answer. The property is read once, when the first HttpServer of the process is made.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 100);
        } catch (IOException e) {
            throw new HallException(HallException.Kind.NODE_ERROR, "the hall node cannot listen on "
                    + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        server.createContext("/v1/hall/", new HallRoutes(queue, terminalsByToken, roles, staff));
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS, workers());
        server.setExecutor(executor);
        server.start();
        return new HallNode(server, executor, queue);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops listening, ends the long polls and lets running requests finish their transaction (no
     * interrupt: an interrupted thread in the middle of H2 file I/O can close the database file).
     */
    @Override
    public void close() {
        queue.stopWaiting();
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "hall-node-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
