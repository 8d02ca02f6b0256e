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
 * <p>Run it at start-up on a worker (it blocks while it asks the terminal), before the payment
 * screens are reachable; it is safe to run again at any time, also beside payments. Thread-safe.
 */
public final class PaymentRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRecovery.class);

    private final Settlement settlement;

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

    public Report recover() {
        int examined = 0;
        int paid = 0;
        int notPaid = 0;
        int unconfirmed = 0;
        int left = 0;
        boolean terminalAnswers = true;
        for (PaymentOrder order : settlement.orders().unsettled()) {
            examined++;
            Optional<TerminalResult> answer = terminalAnswers ? settlement.queryUntilFinal(order.orderId()) : Optional.empty();
            if (answer.isEmpty()) {
                terminalAnswers = false;
                if (order.state() == PaymentOrderState.CHARGING
                        && settlement.record(order.orderId(), PaymentOrderState.UNCONFIRMED, Optional.empty())) {
                    unconfirmed++;
                }
                left++;
                continue;
            }
            PaymentOrderState state = Settlement.state(answer.get().outcome());
            if (settlement.record(order.orderId(), state, answer.get().reference())) {
                if (state == PaymentOrderState.PAID) {
                    paid++;
                } else {
                    notPaid++;
                }
            }
            LOG.info("payment order {} ({}): was {}, terminal says {}", order.orderId(), order.acceptanceNo(),
                    order.state().code(), state.code());
        }
        Report report = new Report(examined, paid, notPaid, unconfirmed, left);
        if (examined > 0) {
            LOG.info("payment recovery: {}", report);
        }
        return report;
    }
}
