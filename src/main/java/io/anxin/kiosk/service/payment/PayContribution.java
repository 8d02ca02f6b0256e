package io.anxin.kiosk.service.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.device.pay.PaymentTerminalException;
import io.anxin.kiosk.device.pay.TerminalOutcome;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.store.NewPaymentOrder;
import io.anxin.kiosk.store.PaymentOrder;
import io.anxin.kiosk.store.PaymentOrderState;
import io.anxin.kiosk.store.PaymentOrders;

/**
 * {@link ContributionPayment} through a {@link PaymentTerminal}:
 * <ol>
 *   <li>commits the {@code contribution.pay} submission (fields orderId, year, category, amount as a
 *       decimal string), its outbox entry and the payment order in state charging, in one transaction;</li>
 *   <li>asks the terminal to charge the order, once;</li>
 *   <li>on a time-out or an unreachable terminal, asks {@code query(orderId)} (bounded by
 *       {@link QueryRetries}), never charges again;</li>
 *   <li>records the outcome with a {@code contribution.pay.result} outbox entry (orderId, status,
 *       terminalReference) in one transaction, and only then returns it.</li>
 * </ol>
 * When that last write fails the resident is told "unconfirmed" (never "paid" without a record) and
 * the order stays charging for {@link PaymentRecovery} to settle.
 *
 * <p>Threads: blocking; thread-safe. Terminal calls lock the terminal object, so two payments (or a
 * payment and a recovery run) never talk to the terminal at the same time.
 */
public final class PayContribution implements ContributionPayment {

    public static final String KIND = "contribution.pay";

    private static final Logger LOG = LoggerFactory.getLogger(PayContribution.class);
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final FileSubmission files;
    private final Settlement settlement;
    private final Supplier<String> orderIds;

    public PayContribution(FileSubmission files, PaymentOrders orders, PaymentTerminal terminal, Clock clock) {
        this(files, orders, terminal, clock, QueryRetries.DEFAULT);
    }

    public PayContribution(FileSubmission files, PaymentOrders orders, PaymentTerminal terminal, Clock clock,
                           QueryRetries retries) {
        this(files, new Settlement(orders, terminal, retries, clock), () -> UUID.randomUUID().toString().replace("-", ""));
    }

    /** For tests: chosen order ids. */
    PayContribution(FileSubmission files, Settlement settlement, Supplier<String> orderIds) {
        this.files = Objects.requireNonNull(files, "files");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.orderIds = Objects.requireNonNull(orderIds, "orderIds");
    }

    @Override
    public PaymentResult pay(ContributionOrder order) {
        Objects.requireNonNull(order, "order");
        BigDecimal amount = amount(order.amount());
        if (order.year() < FIRST_YEAR || order.year() > LAST_YEAR) {
            throw new IllegalArgumentException("contribution year must be " + FIRST_YEAR + "-" + LAST_YEAR + ", not " + order.year());
        }
        if (!CATEGORY.matcher(order.categoryCode()).matches()) {
            throw new IllegalArgumentException("resident category code must be 1-32 letters, digits, '_' or '-'");
        }
        String orderId = orderIds.get();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("orderId", orderId);
        fields.put("year", order.year());
        fields.put("category", order.categoryCode());
        fields.put("amount", amount.toPlainString());
        NewPaymentOrder row = new NewPaymentOrder(orderId, amount, order.year(), order.categoryCode());
        return settlement.exclusive(() -> pay(order, orderId, amount, fields, row));
    }

    private PaymentResult pay(ContributionOrder order, String orderId, BigDecimal amount, Map<String, Object> fields,
                              NewPaymentOrder row) {
        // throws StoreException when nothing was committed: then nothing is charged either
        FiledSubmission filed = files.file(KIND, order.resident(), fields, s -> settlement.orders().open(s, row));

        boolean unreachable = false;
        TerminalResult answer = null;
        try {
            answer = settlement.charge(orderId, amount);
        } catch (PaymentTerminalException e) {
            unreachable = true;
            LOG.warn("payment order {} ({}): terminal unreachable during the charge: {}", orderId, filed.acceptanceNo(),
                    e.getMessage());
        } catch (RuntimeException e) {
            // a fault in the adapter: whether money moved is open, exactly as after a time-out
            LOG.error("payment order {} ({}): the charge failed unexpectedly", orderId, filed.acceptanceNo(), e);
        }
        // UNKNOWN is a query's answer; from a charge it says nothing reliable, so ask
        if (answer == null || !answer.outcome().isFinal() || answer.outcome() == TerminalOutcome.UNKNOWN) {
            answer = settlement.queryUntilFinal(orderId).orElse(null);
        }
        PaymentOrderState state = answer == null ? PaymentOrderState.UNCONFIRMED : Settlement.state(answer.outcome());
        Optional<String> reference = answer == null ? Optional.empty() : answer.reference();
        try {
            if (!settlement.record(orderId, state, reference)) {
                // settled meanwhile by a recovery run: tell what the record says
                PaymentOrder stored = settlement.orders().find(orderId).orElseThrow();
                state = stored.state() == PaymentOrderState.CHARGING ? PaymentOrderState.UNCONFIRMED : stored.state();
            }
        } catch (RuntimeException e) {
            // a StoreException, or a pool closed under us: the money may be taken, so never let it look like "nothing charged"
            LOG.error("payment order {} ({}): terminal said {}, but it could not be recorded; left charging for recovery: {}",
                    orderId, filed.acceptanceNo(), state.code(), e.getMessage());
            state = PaymentOrderState.UNCONFIRMED;
        }
        LOG.info("payment order {} ({}): {}", orderId, filed.acceptanceNo(), state.code());
        return result(orderId, filed, state, unreachable);
    }

    private static PaymentResult result(String orderId, FiledSubmission filed, PaymentOrderState state, boolean unreachable) {
        return switch (state) {
            case PAID -> new PaymentResult(PaymentResult.Status.PAID, orderId, Optional.of(filed), PaymentMessages.PAID);
            case DECLINED -> new PaymentResult(PaymentResult.Status.DECLINED, orderId, Optional.empty(), PaymentMessages.DECLINED);
            case CANCELLED -> new PaymentResult(PaymentResult.Status.DECLINED, orderId, Optional.empty(), PaymentMessages.CANCELLED);
            case NOT_CHARGED -> new PaymentResult(PaymentResult.Status.DECLINED, orderId, Optional.empty(),
                    unreachable ? PaymentMessages.TERMINAL_UNAVAILABLE : PaymentMessages.NOT_CHARGED);
            case CHARGING, UNCONFIRMED -> new PaymentResult(PaymentResult.Status.UNCONFIRMED, orderId, Optional.of(filed),
                    PaymentMessages.UNCONFIRMED);
        };
    }

    private static BigDecimal amount(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("contribution amount has more than two decimals", e);
        }
    }
}
