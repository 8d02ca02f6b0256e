package io.anxin.kiosk.service.payment;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.device.pay.TerminalResult;
import io.anxin.kiosk.store.PaymentOrder;
import io.anxin.kiosk.store.PaymentOrderState;
import io.anxin.kiosk.store.PaymentOrders;

/**
 * Settles payment orders a crash (or a failed write) left {@code charging}, and unconfirmed ones the
 * terminal can now answer for, by asking {@code query(orderId)}; never charges. Each change is
 * recorded with its {@code contribution.pay.result} outbox entry, as a payment would have.
 *
 * <p>An order the terminal still cannot answer for is recorded unconfirmed (staff check it; the
 * central server learns it), and a later run settles it. Once the terminal gives no final answer,
 * the rest of a run asks no more (it would only wait): those orders are recorded unconfirmed too
 * when still charging, and left for the next run.
 *
 * <p>Run it at start-up on a worker (it blocks while it asks the terminal). It is safe to run again
 * at any time, also beside payments: it looks at one order at a time holding the terminal, as a
 * payment holds it from its commit to its record, and re-reads the order first. Thread-safe.
 */
public final class PaymentRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRecovery.class);

    private final Settlement settlement;

    /** @param terminal the same object the kiosk's {@link PayContribution} uses: both lock it */
    public PaymentRecovery(PaymentOrders orders, PaymentTerminal terminal, Clock clock) {
        this(orders, terminal, clock, QueryRetries.DEFAULT);
    }

    public PaymentRecovery(PaymentOrders orders, PaymentTerminal terminal, Clock clock, QueryRetries retries) {
        this.settlement = new Settlement(orders, terminal, retries, clock);
    }

    /** What one run did. {@code left} orders are still charging or unconfirmed. */
    public record Report(int examined, int paid, int notPaid, int unconfirmed, int left) {
        @Override
        public String toString() {
            return examined + " open payment orders: " + paid + " paid, " + notPaid + " not paid, " + unconfirmed
                    + " newly unconfirmed, " + left + " still open";
        }
    }

    private enum Step { PAID, NOT_PAID, NEWLY_UNCONFIRMED, STILL_OPEN, GONE }

    /** One order, holding the terminal; re-read first, since a payment may have settled it meanwhile. */
    private Step settle(String orderId, boolean skipQuery) {
        Optional<PaymentOrder> current = settlement.orders().find(orderId).filter(o -> o.state().open());
        if (current.isEmpty()) {
            return Step.GONE;
        }
        PaymentOrder order = current.get();
        Optional<TerminalResult> answer = skipQuery ? Optional.empty() : settlement.queryUntilFinal(orderId);
        if (answer.isEmpty()) {
            boolean recorded = order.state() == PaymentOrderState.CHARGING
                    && settlement.record(orderId, PaymentOrderState.UNCONFIRMED, Optional.empty());
            return recorded ? Step.NEWLY_UNCONFIRMED : Step.STILL_OPEN;
        }
        PaymentOrderState state = Settlement.state(answer.get().outcome());
        LOG.info("payment order {} ({}): was {}, terminal says {}", orderId, order.acceptanceNo(), order.state().code(),
                state.code());
        if (!settlement.record(orderId, state, answer.get().reference())) {
            return Step.GONE;
        }
        return state == PaymentOrderState.PAID ? Step.PAID : Step.NOT_PAID;
    }

    public Report recover() {
        int examined = 0;
        int paid = 0;
        int notPaid = 0;
        int unconfirmed = 0;
        int left = 0;
        boolean terminalAnswers = true;
        for (PaymentOrder listed : settlement.orders().unsettled()) {
            boolean skipQuery = !terminalAnswers;
            Step step = settlement.exclusive(() -> settle(listed.orderId(), skipQuery));
            if (step == Step.GONE) {
                continue;
            }
            examined++;
            switch (step) {
                case PAID -> paid++;
                case NOT_PAID -> notPaid++;
                case NEWLY_UNCONFIRMED -> unconfirmed++;
                default -> { }
            }
            if (step == Step.NEWLY_UNCONFIRMED || step == Step.STILL_OPEN) {
                left++;
                terminalAnswers = false;
            }
        }
        Report report = new Report(examined, paid, notPaid, unconfirmed, left);
        if (examined > 0) {
            LOG.info("payment recovery: {}", report);
        }
        return report;
    }
}
