package io.anxin.kiosk.ui;

import io.anxin.kiosk.domain.catalog.ServiceCode;

/**
 * The end of every service (specs/services.md, "Every submission" and "After the service"): the
 * receipt after the commit, the satisfaction question, then "请取走您的社保卡和回执" until the card is
 * out. Service flows call it instead of navigating there themselves.
 *
 * <p>Threads: FX thread only; implementations do their printing and storing on workers.
 */
public interface ServiceCompletion {

    /**
     * A submission was committed: print its receipt (a printer failure shows and reads out the
     * acceptance number in large type instead; the submission stands), then ask satisfaction.
     */
    void submitted(SubmissionOutcome outcome);

    /** A service ended without a submission (a query, a policy article, "no filing needed"): ask satisfaction. */
    void finished(ServiceCode service);
}
