package io.anxin.kiosk.app;

import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.device.pay.SimulatedPaymentTerminal;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.payment.ContributionPayment;
import io.anxin.kiosk.service.payment.PayContribution;
import io.anxin.kiosk.service.payment.PaymentRecovery;
import io.anxin.kiosk.store.PaymentOrders;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * The payment terminal of this kiosk and what uses it. Demo mode has the simulated terminal (its
 * ledger in the data folder, so a charge survives a restart like a real terminal's). There is no
 * adapter for a real terminal yet, so a kiosk-mode terminal offers no 居民医保缴费: the service is left
 * out of the menu rather than shown and failing.
 */
record PaymentSetup(ContributionPayment payment, PaymentRecovery recovery) {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSetup.class);

    static Optional<PaymentSetup> forConfig(KioskConfig config, DataSource data, SubmissionStore submissions,
                                            FileSubmission filing, Clock clock) {
        if (!config.demo()) {
            LOG.warn("no payment terminal adapter for kiosk mode: 居民医保缴费 is not offered on this terminal");
            return Optional.empty();
        }
        PaymentTerminal terminal = new SimulatedPaymentTerminal(config.dataDir().resolve(SimulatedPaymentTerminal.LEDGER_FILE),
                SimulatedPaymentTerminal.DEMO_DELAY);
        PaymentOrders orders = new PaymentOrders(data, submissions);
        return Optional.of(new PaymentSetup(new PayContribution(filing, orders, terminal, clock),
                new PaymentRecovery(orders, terminal, clock)));
    }

    /** Settles payments a crash or a silent terminal left open; on a worker, after the database is open. */
    void recover() {
        try {
            LOG.info("payment recovery: {}", recovery.recover());
        } catch (RuntimeException e) {
            LOG.error("payment recovery failed; open payments are settled at the next start", e);
        }
    }
}
