package io.anxin.kiosk.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;

/**
 * 3 kiosk threads issue {@code tickets} tickets and 4 counter threads call and finish them, each
 * with its own {@link HallClient}, against one node that is stopped and started again on the same
 * database and port once in the middle. Clients retry with the same request id on NODE_UNREACHABLE.
 * Then the database is checked: every ticket exactly once, numbers without gaps or duplicates,
 * priority order kept, a wait recorded for every call.
 */
final class HallConcurrencyRun {

    private static final String KIOSKS = "K1 kiosk-one-token-0000000000\nK2 kiosk-two-token-0000000000\n"
            + "K3 kiosk-three-token-000000000\n";
    private static final String COUNTERS = "C1 counter-one-token-00000000\nC2 counter-two-token-00000000\n"
            + "C3 counter-three-token-000000\nC4 counter-four-token-0000000\n";

    private final Path dir;
    private final int tickets;
    private volatile Database db;
    private volatile HallNode node;
    private int port;
    private Map<String, String> tokens;

    final AtomicInteger retries = new AtomicInteger();
    final AtomicLong restartMs = new AtomicLong(-1);
    long[] waitsMs;
    long runMs;

    /** true: the node runs in a child JVM and the restart is a SIGKILL (no clean close), not a stop. */
    private final boolean killChild;
    private volatile Process child;
    private Path tokenFile;

    HallConcurrencyRun(Path dir, int tickets) {
        this(dir, tickets, false);
    }

    HallConcurrencyRun(Path dir, int tickets, boolean killChild) {
        this.dir = dir;
        this.tickets = tickets;
        this.killChild = killChild;
    }

    /** Window 1 is the priority window and also calls general, so the priority-first rule is exercised. */
    static QueueCategories categories() {
        return new QueueCategories(List.of(
                new QueueCategory("elderly", 'Y', "老年人优先窗口", "Priority window", List.of(1), true),
                new QueueCategory("general", 'A', "参保登记与缴费", "Enrolment", List.of(1, 2, 3), false),
                new QueueCategory("chronic", 'B', "门诊慢特病", "Chronic disease", List.of(4), false)));
    }

    void run() throws Exception {
        tokenFile = HallApiTest.ownerOnly(dir.resolve("tokens"), KIOSKS + COUNTERS);
        tokens = HallTokens.readNode(tokenFile);
        port = startNode(0);
        URI url = URI.create("http://127.0.0.1:" + port + "/");
        String[] lines = (KIOSKS + COUNTERS).split("\n");

        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        Map<Long, Ticket> issuedTickets = new ConcurrentHashMap<>();
        Map<Long, Integer> calledAt = new ConcurrentHashMap<>();
        CountDownLatch kiosksDone = new CountDownLatch(3);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();

        for (int k = 0; k < 3; k++) {
            HallClient client = new HallClient(url, lines[k].split(" ")[1], Duration.ofSeconds(5));
            String name = "K" + (k + 1);
            threads.add(new Thread(() -> {
                try {
                    int i;
                    while ((i = claimed.getAndIncrement()) < tickets) {
                        final int n = i;
                        String category = n % 3 == 2 ? "chronic" : "general";
                        Integer age = n % 5 == 0 ? 70 + n % 20 : null;
                        Ticket t = retrying(() -> client.issue(category, age, n % 17 == 0, name + "-" + n)).ticket();
                        if (issuedTickets.put(t.id(), t) != null) {
                            failures.add(new AssertionError("ticket id " + t.id() + " handed out twice"));
                        }
                        if (issued.incrementAndGet() == tickets / 2) {
                            restart();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    kiosksDone.countDown();
                }
            }, "kiosk-" + name));
        }
        for (int w = 1; w <= 4; w++) {
            HallClient client = new HallClient(url, lines[2 + w].split(" ")[1], Duration.ofSeconds(5));
            int window = w;
            threads.add(new Thread(() -> {
                try {
                    int n = 0;
                    while (true) {
                        boolean last = kiosksDone.getCount() == 0;
                        String requestId = "W" + window + "-" + n++;
                        var called = retrying(() -> client.callNext(window, requestId));
                        if (called.isEmpty()) {
                            if (last) {
                                return;
                            }
                            Thread.sleep(40);
                            continue;
                        }
                        Ticket t = called.get();
                        if (calledAt.put(t.id(), window) != null) {
                            failures.add(new AssertionError(t.number() + " called twice"));
                        }
                        finish(client, t.id());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "counter-" + w));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(10));
            if (t.isAlive()) {
                fail(t.getName() + " still running after 10 minutes");
            }
        }
        runMs = (System.nanoTime() - start) / 1_000_000;
        if (killChild) {
            child.destroy(); // SIGTERM: the child closes its database
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the node child stopped");
            db = Database.open(dir.resolve("db"));
        } else {
            node.close();
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " client failures, first: " + failures.get(0));
            failures.forEach(e::addSuppressed);
            throw e;
        }
        assertTrue(restartMs.get() >= 0, "the node was restarted once mid-run");
        assertEquals(tickets, issuedTickets.size(), "every kiosk request got its own ticket");
        assertEquals(issuedTickets.keySet(), calledAt.keySet(), "every issued ticket was called exactly once");
        check(issuedTickets);
        db.close();
    }

    private void finish(HallClient client, long id) {
        boolean retried = false;
        while (true) {
            try {
                client.finish(id);
                return;
            } catch (HallException e) {
                if (e.kind() == HallException.Kind.CONFLICT && retried) {
                    return; // the first attempt finished it; its answer was lost
                }
                if (e.kind() != HallException.Kind.NODE_UNREACHABLE) {
                    throw e;
                }
                retried = true;
                retries.incrementAndGet();
                pause();
            }
        }
    }

    private <T> T retrying(Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (HallException e) {
                if (e.kind() != HallException.Kind.NODE_UNREACHABLE) {
                    throw e;
                }
                retries.incrementAndGet();
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void restart() throws Exception {
        long t0 = System.nanoTime();
        if (killChild) {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of H2
            child.waitFor();
        } else {
            node.close();
            db.close();
        }
        startNode(port);
        restartMs.set((System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts the node (in this JVM or a child) on {@code onPort} (0: any) and returns its port. */
    private int startNode(int onPort) throws Exception {
        if (killChild) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            child = new ProcessBuilder(javaBin, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), HallNodeChild.class.getName(), dir.resolve("db").toString(),
                    Integer.toString(onPort), tokenFile.toString()).redirectErrorStream(true).start();
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                System.out.println("node child: " + line);
            }
            if (line == null) {
                throw new IllegalStateException("the node child ended before it served (exit " + child.waitFor() + ")");
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty
                    }
                } catch (java.io.IOException ignored) {
                    // killed
                }
            }, "node-child-output");
            drain.setDaemon(true);
            drain.start();
            return Integer.parseInt(line.substring("READY ".length()).strip());
        }
        startNodeHere(onPort);
        return node.port();
    }

    private void startNodeHere(int onPort) throws InterruptedException {
        db = Database.open(dir.resolve("db"));
        HallQueue queue = new HallQueue(new HallQueueStore(db.dataSource()), categories(), Duration.ofMinutes(15), 60,
                HallFixtures.ZONE, Clock.systemUTC(), Duration.ofMinutes(5));
        for (int attempt = 0; ; attempt++) {
            try {
                node = HallNode.start(queue, InetAddress.getLoopbackAddress(), onPort, tokens);
                return;
            } catch (HallException e) {
                if (!(e.getCause() instanceof BindException) || attempt > 100) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private void check(Map<Long, Ticket> issuedTickets) {
        HallQueueStore store = new HallQueueStore(db.dataSource());
        List<HallEvent> events = new ArrayList<>();
        long since = 0;
        while (true) {
            List<HallEvent> page = store.eventsAfter(since, 500);
            if (page.isEmpty()) {
                break;
            }
            events.addAll(page);
            since = page.get(page.size() - 1).seq();
        }
        Map<Long, Long> issuedSeq = new HashMap<>();
        Map<Long, Long> calledSeq = new HashMap<>();
        Map<Long, HallEvent> callEvent = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        Map<Character, Integer> highest = new HashMap<>();
        for (HallEvent e : events) {
            if ("ISSUED".equals(e.kind())) {
                issuedSeq.put(e.ticketId(), e.seq());
                assertTrue(numbers.add(e.number()), "number " + e.number() + " issued twice");
                highest.merge(e.number().charAt(0), Integer.parseInt(e.number().substring(1)), Math::max);
            } else if ("CALLED".equals(e.kind())) {
                calledSeq.put(e.ticketId(), e.seq());
                callEvent.put(e.ticketId(), e);
            }
        }
        assertEquals(tickets, issuedSeq.size(), "the node issued exactly one ticket per kiosk request");
        assertEquals(issuedTickets.keySet(), issuedSeq.keySet());
        assertEquals(tickets, highest.values().stream().mapToInt(Integer::intValue).sum(),
                "numbers run 1..n per category with no gap: " + highest);
        // per category, called in issue order; at window 1 no general ticket while a priority ticket waited
        Map<String, List<Long>> issueOrder = new HashMap<>();
        Map<String, List<Long>> callOrder = new HashMap<>();
        issuedSeq.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e ->
                issueOrder.computeIfAbsent(issuedTickets.get(e.getKey()).categoryCode(), c -> new ArrayList<>()).add(e.getKey()));
        calledSeq.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e ->
                callOrder.computeIfAbsent(issuedTickets.get(e.getKey()).categoryCode(), c -> new ArrayList<>()).add(e.getKey()));
        assertEquals(issueOrder, callOrder, "each category is called in issue order");
        for (HallEvent call : callEvent.values()) {
            if (call.window() == 1 && !"elderly".equals(call.categoryCode())) {
                for (Map.Entry<Long, Long> p : issuedSeq.entrySet()) {
                    Ticket t = issuedTickets.get(p.getKey());
                    if (t.priority() && p.getValue() < call.seq() && calledSeq.get(p.getKey()) > call.seq()) {
                        fail("window 1 called " + call.number() + " while priority ticket " + t.number() + " waited");
                    }
                }
            }
        }
        assertTrue(issuedTickets.values().stream().anyMatch(Ticket::priority));
        List<long[]> waits = store.waits();
        assertEquals(tickets, waits.size(), "a wait recorded for every call");
        waitsMs = waits.stream().mapToLong(w -> w[1]).sorted().toArray();
        assertTrue(Arrays.stream(waitsMs).allMatch(w -> w >= 0));
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
