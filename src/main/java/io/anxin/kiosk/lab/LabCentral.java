package io.anxin.kiosk.lab;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A lab central server: the server side of specs/central-sync.md over plain HTTP on the JDK's
 * {@code com.sun.net.httpserver}, with its own H2 store and injectable faults. For tests, benchmarks,
 * technicians and demo mode; never production (it stores drill entries, serves demo residents, and
 * speaks plain HTTP). Thread-safe; {@link #close()} stops it and releases the data folder.
 */
public final class LabCentral implements AutoCloseable {

    private static final int WORKERS = 4;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final LabStore store;
    private final Faults faults;
    private final int referenceVersion;
    private boolean closed;

    private LabCentral(HttpServer server, ExecutorService executor, LabStore store, Faults faults,
                       int referenceVersion) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.faults = faults;
        this.referenceVersion = referenceVersion;
    }

    /**
     * Opens the store in {@code options.dataDir()}, reads demo residents and reference data from
     * {@code options.configDir()}, and starts listening.
     *
     * @throws LabException USAGE for bad config, UNAVAILABLE when the port or data folder is taken
     */
    public static LabCentral start(LabOptions options) {
        LabTexts texts = LabTexts.load();
        DemoResidents residents = DemoResidents.load(options.configDir(), texts, options.clock(), options.zone());
        ReferenceData referenceData = ReferenceData.load(options.configDir());
        LabStore store = LabStore.open(options.dataDir());
        // The JDK server flushes headers and body in two writes; with Nagle on, each answer then waits
        // for the client's delayed ACK (~40 ms a call, measured). Read once, when the first server starts.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 50);
        } catch (BindException e) {
            store.close();
            throw new LabException(LabException.Kind.UNAVAILABLE, "port " + options.port() + " on "
                    + options.bind().getHostAddress() + " is in use or not available: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw new LabException(LabException.Kind.UNAVAILABLE, "cannot listen on "
                    + options.bind().getHostAddress() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        try {
            int version = store.referenceVersion(referenceData.hash(), options.clock().instant());
            Faults faults = new Faults(options);
            ApplicationStates states = new ApplicationStates(options.reviewAfter(), options.decideAfter(),
                    options.zone(), texts);
            server.createContext("/", new LabRoutes(options, store, faults, residents, referenceData, version, states));
            ExecutorService executor = Executors.newFixedThreadPool(WORKERS, workerThreads());
            server.setExecutor(executor);
            server.start();
            return new LabCentral(server, executor, store, faults, version);
        } catch (RuntimeException e) {
            server.stop(0);
            store.close();
            throw e;
        }
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lab-central-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://<address>:<port>}, the base URL a kiosk's {@code central.url} takes. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    /** Stored transaction ids in order of first arrival, each with how many times it arrived (1 + duplicates). */
    public Map<String, Integer> storedIds() {
        Map<String, Integer> ids = new LinkedHashMap<>();
        store.all().forEach(t -> ids.put(t.id(), t.deliveries()));
        return ids;
    }

    /** Stored transaction ids in order of first arrival. */
    public List<String> arrivalOrder() {
        return store.all().stream().map(StoredTransaction::id).toList();
    }

    /** Every stored transaction in order of first arrival. */
    public List<StoredTransaction> transactions() {
        return store.all();
    }

    public Optional<StoredTransaction> transaction(String id) {
        return store.byId(id);
    }

    /** SHA-256 of the stored content of {@code id} (kind, createdAt, acceptanceNo, drill, payload). */
    public Optional<String> contentHash(String id) {
        return store.byId(id).map(StoredTransaction::contentHash);
    }

    /** Heartbeats in order of arrival. */
    public List<LabHeartbeat> heartbeats() {
        return store.heartbeats();
    }

    /** The reference-data version served now. */
    public int referenceDataVersion() {
        return referenceVersion;
    }

    /** How many times each fault was injected since start. */
    public Map<Fault, Integer> faultsInjected() {
        return faults.injected();
    }

    /** Stops listening at once (calls in progress are cut), then closes the store. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
