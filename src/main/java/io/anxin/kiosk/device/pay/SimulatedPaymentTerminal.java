package io.anxin.kiosk.device.pay;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * A payment terminal for demo mode and tests. Like a real bank terminal it keeps a journal of the
 * orders it charged, here a small text file in the data folder, replaced atomically and fsync'ed on
 * every change, so after a kiosk restart (or a kill -9) {@link #query} still knows every charge
 * that happened. A charge is "done" exactly when its ledger line is on disk.
 *
 * <p>Unscripted, every charge is approved after {@code delay} (about 1.5 s in demo mode, the time a
 * resident needs at a real terminal). Tests script the next charges with {@link #script}; the demo
 * panel can too. {@link #unplug()} makes every call fail as if the cable were pulled.
 *
 * <p>Threads: {@code charge} and {@code query} are serialised (one call at a time, as the contract
 * says); {@link #script}, {@link #unplug()} and {@link #plugIn()} may be called from any thread, also
 * while a charge waits.
 */
public final class SimulatedPaymentTerminal implements PaymentTerminal {

    /** The ledger's usual name in the data folder. */
    public static final String LEDGER_FILE = "payment-terminal-sim.tsv";
    /** How long a resident takes at the terminal in demo mode. */
    public static final Duration DEMO_DELAY = Duration.ofMillis(1500);

    /** What the next charge of a new order does. */
    public enum Behaviour {
        /** Approved: the money is taken and the ledger line written. */
        APPROVE,
        /** The card is declined; recorded, nothing taken. */
        DECLINE,
        /** The resident cancels on the terminal; recorded, nothing taken. */
        CANCEL,
        /** The money is taken and recorded, but the answer is lost: the caller sees {@code TIMEOUT}. */
        TIME_OUT_AFTER_CHARGING,
        /** The request never reached the card: nothing taken or recorded, the caller sees {@code TIMEOUT}. */
        TIME_OUT_BEFORE_CHARGING,
        /** The cable is pulled before the charge: nothing taken; this call throws, later calls work. */
        UNPLUGGED,
        /** The money is taken and recorded, then the cable is pulled: this and every call throw until {@link #plugIn()}. */
        UNPLUGGED_AFTER_CHARGING
    }

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final String HEADER = "# simulated payment terminal ledger: orderId, amount, outcome, reference, chargeCalls";

    private final Path ledgerFile;
    private final Duration delay;
    private final Queue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private final Map<String, LedgerEntry> ledger;
    private volatile boolean unplugged;

    /**
     * Reads the ledger when the file exists.
     *
     * @param delay how long a charge takes ({@link #DEMO_DELAY} in demo mode, zero in tests)
     * @throws PaymentTerminalException when the ledger exists but cannot be read
     */
    public SimulatedPaymentTerminal(Path ledgerFile, Duration delay) {
        this.ledgerFile = Objects.requireNonNull(ledgerFile, "ledgerFile");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.ledger = read(ledgerFile);
    }

    /** The next charges of new orders behave like this, in order; unscripted charges are approved. */
    public void script(Behaviour... next) {
        script.addAll(List.of(next));
    }

    public void unplug() {
        unplugged = true;
    }

    public void plugIn() {
        unplugged = false;
    }

    @Override
    public synchronized TerminalResult charge(String orderId, BigDecimal amount) {
        checkOrderId(orderId);
        checkAmount(amount);
        reachable();
        LedgerEntry known = ledger.get(orderId);
        if (known != null) {
            if (known.amount().compareTo(amount) != 0) {
                throw new IllegalArgumentException("order " + orderId + " was charged with another amount; a new payment needs a new order id");
            }
            LedgerEntry again = known.chargedAgain();
            write(orderId, again, known);
            return again.result();
        }
        Behaviour behaviour = Optional.ofNullable(script.poll()).orElse(Behaviour.APPROVE);
        if (behaviour == Behaviour.UNPLUGGED) {
            throw new PaymentTerminalException("simulated payment terminal: unplugged before the charge of order " + orderId);
        }
        waitForResident();
        reachable();
        LedgerEntry entry = switch (behaviour) {
            case DECLINE -> new LedgerEntry(orderId, amount, TerminalOutcome.DECLINED, Optional.empty(), 1);
            case CANCEL -> new LedgerEntry(orderId, amount, TerminalOutcome.CANCELLED, Optional.empty(), 1);
            case TIME_OUT_BEFORE_CHARGING -> null;
            default -> new LedgerEntry(orderId, amount, TerminalOutcome.APPROVED, Optional.of(nextReference()), 1);
        };
        if (entry == null) {
            return TerminalResult.of(orderId, TerminalOutcome.TIMEOUT);
        }
        write(orderId, entry, null);
        return switch (behaviour) {
            case TIME_OUT_AFTER_CHARGING -> TerminalResult.of(orderId, TerminalOutcome.TIMEOUT);
            case UNPLUGGED_AFTER_CHARGING -> {
                unplugged = true;
                throw new PaymentTerminalException("simulated payment terminal: unplugged during the charge of order " + orderId);
            }
            default -> entry.result();
        };
    }

    @Override
    public synchronized TerminalResult query(String orderId) {
        checkOrderId(orderId);
        reachable();
        LedgerEntry known = ledger.get(orderId);
        return known == null ? TerminalResult.of(orderId, TerminalOutcome.UNKNOWN) : known.result();
    }

    /** The ledger as it is on disk, in the order the charges happened. */
    public synchronized List<LedgerEntry> ledger() {
        return List.copyOf(ledger.values());
    }

    private void reachable() {
        if (unplugged) {
            throw new PaymentTerminalException("simulated payment terminal: unplugged (no answer on its line)");
        }
    }

    private void waitForResident() {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentTerminalException("interrupted while waiting for the payment terminal", e);
        }
    }

    private String nextReference() {
        return String.format(Locale.ROOT, "SIM%09d", ledger.size() + 1);
    }

    /** Changes the entry and writes the ledger; on failure memory goes back to what is on disk. */
    private void write(String orderId, LedgerEntry entry, LedgerEntry before) {
        ledger.put(orderId, entry);
        try {
            persist();
        } catch (IOException e) {
            if (before == null) {
                ledger.remove(orderId);
            } else {
                ledger.put(orderId, before);
            }
            throw new PaymentTerminalException("simulated payment terminal cannot write its ledger " + ledgerFile + ": "
                    + e.getMessage(), e);
        }
    }

    private void persist() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (LedgerEntry e : ledger.values()) {
            text.append(e.orderId()).append('\t').append(e.amount().toPlainString()).append('\t')
                    .append(e.outcome().name()).append('\t').append(e.reference().orElse("-")).append('\t')
                    .append(e.chargeCalls()).append('\n');
        }
        Path dir = ledgerFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(ledgerFile.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(text.toString()));
            ch.force(true);
        }
        Files.move(tmp, ledgerFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        // the rename itself is durable only once the folder is synced
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        }
    }

    private static Map<String, LedgerEntry> read(Path file) {
        Map<String, LedgerEntry> entries = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException e) {
            throw new PaymentTerminalException("simulated payment terminal cannot read its ledger " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 5) {
                    throw new IllegalArgumentException("5 tab-separated fields expected, found " + f.length);
                }
                LedgerEntry e = new LedgerEntry(f[0], new BigDecimal(f[1]), TerminalOutcome.valueOf(f[2]),
                        "-".equals(f[3]) ? Optional.empty() : Optional.of(f[3]), Integer.parseInt(f[4]));
                entries.put(e.orderId(), e);
            } catch (IllegalArgumentException e) {
                throw new PaymentTerminalException("simulated payment terminal ledger " + file + " line " + (i + 1)
                        + " is not valid: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static void checkOrderId(String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw new IllegalArgumentException("order id must be 1-32 letters, digits or '-', not " + orderId);
        }
    }

    private static void checkAmount(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must be positive CNY with at most two decimals, not " + amount);
        }
    }
}
