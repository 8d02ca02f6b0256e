package io.anxin.kiosk.service.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.pay.LedgerEntry;
import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal;
import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal.Behaviour;
import io.anxin.kiosk.device.pay.TerminalOutcome;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.PaymentOrders;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * kill -9 of a kiosk paying contributions in a loop against a file-backed simulated terminal, at
 * seeded random points (each restart runs {@link PaymentRecovery} first, as the kiosk does), then a
 * last recovery here. Afterwards: no order was charged twice, every charge has a committed
 * submission, outbox entry and order, every charged order is recorded paid with the terminal's
 * reference, nothing is left open, and what a child told a resident is what the records say.
 */
class PaymentCrashTest {

    private static final Pattern RESULT = Pattern.compile("^RESULT (\\S+) (PAID|DECLINED|UNCONFIRMED) END$");
    private static final Pattern RECOVERED = Pattern.compile("^RECOVERED (\\d+) END$");
    private static final Pattern CHARGING = Pattern.compile("^CHARGING (\\S+) END$");
    private static final QueryRetries QUICK = new QueryRetries(3, Duration.ZERO);
    /** How long the resident takes at the terminal, per child: short ones put kills into the commits, long ones into the charge. */
    private static final int[] CHARGE_MILLIS = {0, 2, 10, 30};

    @TempDir
    Path dir;

    @Test
    void killedEightTimesNoPaymentIsLostOrChargedTwice() throws Exception {
        crashAndCheck(8, 7L);
    }

    @Test
    @Tag("soak")
    void killedFiftyTimes() throws Exception {
        long seed = System.nanoTime();
        System.out.println("payment crash soak seed " + seed);
        crashAndCheck(50, seed);
    }

    private void crashAndCheck(int kills, long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, String> told = new HashMap<>();
        Set<String> charging = new HashSet<>();
        int recoveredByChildren = 0;
        int killedWhileCharging = 0;
        for (int k = 0; k < kills; k++) {
            // stdout to a file: destroyForcibly() closes the pipe, and lines still in it would be lost to the check
            Path out = dir.resolve("child-" + k + ".out");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Payer.class.getName(), dir.toString(),
                    Long.toString(random.nextLong()), Integer.toString(CHARGE_MILLIS[random.nextInt(CHARGE_MILLIS.length)]))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
            int wanted = 1 + random.nextInt(12);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (lines(out, RESULT).size() < wanted && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(120)); // a payment takes 20-120 ms here: land anywhere in one
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Matcher> results = lines(out, RESULT);
            assertThat(results.size()).as("child %d paid before the kill (see %s)", k, out).isGreaterThanOrEqualTo(wanted);
            for (Matcher m : results) {
                assertThat(told.put(m.group(1), m.group(2))).as("order id %s used twice", m.group(1)).isNull();
            }
            List<Matcher> charged = lines(out, CHARGING);
            charged.forEach(m -> charging.add(m.group(1)));
            if (!charged.isEmpty() && !told.containsKey(charged.get(charged.size() - 1).group(1))) {
                killedWhileCharging++;
            }
            for (Matcher m : lines(out, RECOVERED)) {
                recoveredByChildren += Integer.parseInt(m.group(1));
            }
        }

        Path ledgerFile = dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE);
        try (DataFolderLock lock = DataFolderLock.acquire(dir, "check"); Database db = Database.open(dir.resolve("db"))) {
            SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal(ledgerFile, Duration.ZERO);
            SubmissionStore store = new SubmissionStore(db.dataSource());
            PaymentRecovery.Report last = new PaymentRecovery(new PaymentOrders(db.dataSource(), store), terminal,
                    Clock.systemUTC(), QUICK).recover();
            List<LedgerEntry> ledger = new SimulatedPaymentTerminal(ledgerFile, Duration.ZERO).ledger();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                check(s, ledger, told, charging);
                System.out.printf("payment crash test: %d kills, %d orders (%d charged on the terminal, %d approved), "
                                + "%d results told before a kill, %d kills after the charge was asked and before the result, "
                                + "%d orders settled by recovery in restarted children, %d by the last recovery%n", kills,
                        single(s, "SELECT COUNT(*) FROM payment_order"), ledger.size(),
                        ledger.stream().filter(e -> e.outcome() == TerminalOutcome.APPROVED).count(), told.size(),
                        killedWhileCharging, recoveredByChildren, last.examined());
            }
        }
    }

    private static void check(Statement s, List<LedgerEntry> ledger, Map<String, String> told, Set<String> charging)
            throws Exception {
        Map<String, String[]> orders = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT p.order_id, p.state, p.terminal_ref, o.payload FROM payment_order p "
                + "JOIN submission sub ON sub.id = p.submission_id JOIN outbox o ON o.submission_id = sub.id "
                + "WHERE sub.kind = 'contribution.pay' AND o.kind = 'contribution.pay'")) {
            while (rs.next()) {
                orders.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        assertThat(orders).as("orders").isNotEmpty();
        assertThat(single(s, "SELECT COUNT(*) FROM payment_order")).as("every order has its submission and outbox entry")
                .isEqualTo(orders.size());
        assertThat(single(s, "SELECT COUNT(*) FROM submission WHERE kind = 'contribution.pay'"))
                .as("every contribution.pay submission has its order").isEqualTo(orders.size());
        assertThat(single(s, "SELECT COUNT(*) FROM submission s LEFT JOIN outbox o ON o.submission_id = s.id WHERE o.id IS NULL"))
                .as("submissions without an outbox entry").isZero();
        assertThat(single(s, "SELECT COUNT(*) FROM (SELECT seq FROM outbox GROUP BY seq HAVING COUNT(*) > 1)")).as("seqs unique")
                .isZero();
        assertThat(single(s, "SELECT COUNT(*) FROM payment_order WHERE state IN ('charging', 'unconfirmed')"))
                .as("orders left open after recovery").isZero();

        Set<String> onLedger = new HashSet<>();
        for (LedgerEntry e : ledger) {
            onLedger.add(e.orderId());
            assertThat(e.chargeCalls()).as("charge calls for order %s", e.orderId()).isEqualTo(1);
            String[] order = orders.get(e.orderId());
            assertThat(order).as("order %s charged on the terminal without a committed submission and outbox entry",
                    e.orderId()).isNotNull();
            assertThat(order[2]).as("the committed outbox entry names the order").contains("\"orderId\":\"" + e.orderId() + "\"");
            switch (e.outcome()) {
                case APPROVED -> {
                    assertThat(order[0]).as("charged order %s", e.orderId()).isEqualTo("paid");
                    assertThat(order[1]).isEqualTo(e.reference().orElseThrow());
                }
                case DECLINED -> assertThat(order[0]).isEqualTo("declined");
                case CANCELLED -> assertThat(order[0]).isEqualTo("cancelled");
                default -> throw new AssertionError(e.outcome());
            }
        }
        orders.forEach((id, order) -> {
            if (!onLedger.contains(id)) {
                assertThat(order[0]).as("order %s the terminal never charged", id).isEqualTo("not-charged");
            }
        });

        // the result entries: the latest one of each order says what the order says, and no status twice
        Map<String, List<String>> results = new HashMap<>();
        Pattern result = Pattern.compile("\\{\"orderId\":\"([^\"]+)\",\"status\":\"([a-z-]+)\",\"terminalReference\":(null|\"[^\"]+\")}");
        try (ResultSet rs = s.executeQuery("SELECT payload FROM outbox WHERE kind = 'contribution.pay.result' ORDER BY seq")) {
            while (rs.next()) {
                Matcher m = result.matcher(rs.getString(1));
                assertThat(m.matches()).as(rs.getString(1)).isTrue();
                results.computeIfAbsent(m.group(1), x -> new ArrayList<>()).add(m.group(2));
            }
        }
        assertThat(results.keySet()).as("every order has a recorded result").isEqualTo(orders.keySet());
        results.forEach((id, statuses) -> {
            assertThat(statuses.get(statuses.size() - 1)).as("latest result of %s", id).isEqualTo(orders.get(id)[0]);
            assertThat(new HashSet<>(statuses)).as("results of %s", id).hasSize(statuses.size());
        });

        assertThat(orders.keySet()).as("every order the terminal was asked to charge was committed first").containsAll(charging);
        told.forEach((id, status) -> {
            assertThat(orders).as("order %s told to a resident", id).containsKey(id);
            String state = orders.get(id)[0];
            switch (status) {
                case "PAID" -> assertThat(state).as("told paid: %s", id).isEqualTo("paid");
                case "DECLINED" -> assertThat(state).as("told nothing was taken: %s", id)
                        .isIn("declined", "cancelled", "not-charged");
                default -> { } // unconfirmed: whatever the terminal says later
            }
        });
    }

    private static List<Matcher> lines(Path out, Pattern pattern) throws java.io.IOException {
        List<Matcher> found = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                found.add(m);
            }
        }
        return found;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The child: recovers, then pays contributions until killed, printing each result after pay() returned it. */
    public static final class Payer {
        private static final Behaviour[] MIX = {Behaviour.APPROVE, Behaviour.APPROVE, Behaviour.APPROVE, Behaviour.APPROVE,
            Behaviour.APPROVE, Behaviour.DECLINE, Behaviour.CANCEL, Behaviour.TIME_OUT_AFTER_CHARGING,
            Behaviour.TIME_OUT_AFTER_CHARGING, Behaviour.TIME_OUT_BEFORE_CHARGING, Behaviour.UNPLUGGED};

        public static void main(String[] args) {
            Path dir = Path.of(args[0]);
            Random random = new Random(Long.parseLong(args[1]));
            DataFolderLock lock = DataFolderLock.acquire(dir, "payment crash test child");
            Database db = Database.open(dir.resolve("db"));
            Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
            SubmissionStore store = new SubmissionStore(db.dataSource());
            PaymentOrders orders = new PaymentOrders(db.dataSource(), store);
            SimulatedPaymentTerminal sim = new SimulatedPaymentTerminal(dir.resolve(SimulatedPaymentTerminal.LEDGER_FILE),
                    Duration.ofMillis(Integer.parseInt(args[2])));
            PaymentTerminal terminal = new PaymentTerminal() {
                @Override
                public TerminalResult charge(String orderId, BigDecimal amount) {
                    System.out.println("CHARGING " + orderId + " END");
                    System.out.flush();
                    return sim.charge(orderId, amount);
                }

                @Override
                public TerminalResult query(String orderId) {
                    return sim.query(orderId);
                }
            };
            PaymentRecovery.Report recovered = new PaymentRecovery(orders, terminal, clock, QUICK).recover();
            System.out.println("RECOVERED " + recovered.examined() + " END");
            PayContribution payment = new PayContribution(new FileSubmission(store, clock, "PAY-01"), orders, terminal, clock,
                    QUICK);
            ResidentIdentity resident = new ResidentIdentity(Optional.empty(), IdNumber.parse("370102195203154320"),
                    IdentityMethod.CARD, Optional.empty());
            ContributionOrder order = new ContributionOrder(resident, "urban-rural", 2027, new BigDecimal("380"));
            while (lock != null) {
                sim.script(MIX[random.nextInt(MIX.length)]);
                PaymentResult r = payment.pay(order);
                System.out.println("RESULT " + r.orderId() + " " + r.status() + " END");
                System.out.flush();
            }
        }
    }
}
