package io.anxin.kiosk.ui.resident;

import java.util.Objects;

import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ServiceCompletion;
import io.anxin.kiosk.ui.SubmissionOutcome;

/**
 * The end of every service: receipt (after a submission), then the satisfaction question, then
 * "请取走您的社保卡和回执". After a commit, back leads home, never to the confirmation again.
 * FX thread only.
 */
public final class CompletionFlow implements ServiceCompletion {

    private final Navigator navigator;
    private final ReceiptViewModel receipt;
    private final SatisfactionViewModel satisfaction;

    public CompletionFlow(Navigator navigator, ReceiptViewModel receipt, SatisfactionViewModel satisfaction) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.receipt = Objects.requireNonNull(receipt, "receipt");
        this.satisfaction = Objects.requireNonNull(satisfaction, "satisfaction");
    }

    @Override
    public void submitted(SubmissionOutcome outcome) {
        satisfaction.askAbout(outcome.service());
        receipt.start(outcome);
        navigator.goToFromHome(ReceiptScreen.ID);
    }

    @Override
    public void finished(ServiceCode service) {
        receipt.clearSession();
        satisfaction.askAbout(service);
        navigator.goToFromHome(SatisfactionScreen.ID);
    }
}
