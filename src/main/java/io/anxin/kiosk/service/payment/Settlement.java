package io.anxin.kiosk.service.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.device.pay.PaymentTerminalException;
import io.anxin.kiosk.device.pay.TerminalOutcome;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.store.PaymentOrderState;
import io.anxin.kiosk.store.PaymentOrders;

/**
 * What {@link PayContribution} and {@link PaymentRecovery} share: asking the terminal and recording
 * an outcome with its {@code contribution.pay.result} outbox entry. Both do their work on an order
 * inside {@link #exclusive}, which locks the terminal object itself: a whole payment (commit, charge,
 * record) and a recovery's look at one order never interleave, so recovery can never ask about an
 * order whose charge is about to start and call it "not charged".
 */
final class Settlement {

    static final String RESULT_KIND = "contribution.pay.result";

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    private final PaymentOrders orders;
    private final PaymentTerminal terminal;
    private final QueryRetries retries;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    Settlement(PaymentOrders orders, PaymentTerminal terminal, QueryRetries retries, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    PaymentOrders orders() {
        return orders;
    }

    /** Runs {@code work} holding the terminal: no other payment or recovery step runs meanwhile. */
    <T> T exclusive(Supplier<T> work) {
        synchronized (terminal) {
            return work.get();
        }
    }

    TerminalResult charge(String orderId, BigDecimal amount) {
        synchronized (terminal) {
            return terminal.charge(orderId, amount);
        }
    }

    /** Asks {@code query} until the terminal gives a final answer, at most {@link QueryRetries#attempts()} times. */
    Optional<TerminalResult> queryUntilFinal(String orderId) {
        for (int attempt = 1; attempt <= retries.attempts(); attempt++) {
            if (attempt > 1 && !pause()) {
                break;
            }
            try {
                TerminalResult r;
                synchronized (terminal) {
                    r = terminal.query(orderId);
                }
                if (r.outcome().isFinal()) {
                    return Optional.of(r);
                }
                LOG.info("payment order {}: terminal has no final answer yet (query {} of {})", orderId, attempt,
                        retries.attempts());
            } catch (PaymentTerminalException e) {
                LOG.warn("payment order {}: terminal unreachable (query {} of {}): {}", orderId, attempt, retries.attempts(),
                        e.getMessage());
            }
        }
        return Optional.empty();
    }

    static PaymentOrderState state(TerminalOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> PaymentOrderState.PAID;
            case DECLINED -> PaymentOrderState.DECLINED;
            case CANCELLED -> PaymentOrderState.CANCELLED;
            case UNKNOWN -> PaymentOrderState.NOT_CHARGED;
            case TIMEOUT -> PaymentOrderState.UNCONFIRMED;
        };
    }

    /**
     * Records {@code state} with its result entry, in one transaction.
     *
     * @return true when written; false when the order was no longer open or already in {@code state}
     * @throws io.anxin.kiosk.store.StoreException when nothing could be written
     */
    boolean record(String orderId, PaymentOrderState state, Optional<String> terminalRef) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderId", orderId);
        payload.put("status", state.code());
        payload.put("terminalReference", terminalRef.orElse(null));
        String text;
        try {
            text = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Optional<Long> seq = orders.settle(orderId, state, terminalRef, now, RESULT_KIND, text);
        seq.ifPresent(s -> LOG.info("payment order {}: {} recorded (outbox seq {})", orderId, state.code(), s));
        return seq.isPresent();
    }

    private boolean pause() {
        if (retries.pause().isZero()) {
            return true;
        }
        try {
            Thread.sleep(retries.pause().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
