package io.anxin.kiosk.ui.resident;

import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.service.ReceiptPrinting;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.SubmissionOutcome;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * "正在打印回执..." then "请取走回执", or, when the printer fails, the acceptance number in very large
 * type, read out twice for writing down: the submission stands either way. Prints once per
 * submission, on a worker; coming back to the screen does not print again.
 */
public final class ReceiptViewModel extends ScreenModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptViewModel.class);

    /** Where the receipt is. IDLE: nothing to print (no submission in this visit). */
    public enum State { IDLE, PRINTING, PRINTED, FAILED }

    private final ReceiptPrinting printing;
    private final I18n i18n;
    private final Navigator navigator;
    private final Voice voice;
    private final TaskRunner tasks;
    private final String nextScreen;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper acceptanceNo = new ReadOnlyStringWrapper(this, "acceptanceNo", "");
    private final ReadOnlyObjectWrapper<ReceiptPrinting.Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private SubmissionOutcome pending;
    private boolean arriving;

    public ReceiptViewModel(ReceiptPrinting printing, I18n i18n, Navigator navigator, Voice voice, TaskRunner tasks,
                            String nextScreen) {
        this.printing = Objects.requireNonNull(printing, "printing");
        this.i18n = i18n;
        this.navigator = navigator;
        this.voice = voice;
        this.tasks = tasks;
        this.nextScreen = nextScreen;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty acceptanceNoProperty() {
        return acceptanceNo.getReadOnlyProperty();
    }

    /** Why the receipt did not print; null unless {@link State#FAILED}. */
    public ReadOnlyObjectProperty<ReceiptPrinting.Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean printed() {
        return state.get() == State.PRINTED;
    }

    /** A submission was committed: its receipt is printed when the screen is shown. */
    public void start(SubmissionOutcome outcome) {
        pending = Objects.requireNonNull(outcome, "outcome");
        problem.set(null);
        acceptanceNo.set(outcome.filed().acceptanceNo());
        state.set(State.PRINTING);
    }

    @Override
    public void onArrive() {
        super.onArrive();
        if (pending == null) {
            return;
        }
        SubmissionOutcome outcome = pending;
        pending = null;
        ReceiptPrinting.Request request = new ReceiptPrinting.Request(outcome.filed(), outcome.service(),
                outcome.nextSteps(), outcome.completeAtWindow(), i18n.localeProperty().get());
        arriving = true;
        try {
            tasks.run(() -> printing.print(request), this::printed, failure -> {
                LOG.error("receipt {} could not be made; the acceptance number is shown instead",
                        outcome.filed().acceptanceNo(), failure);
                printed(new ReceiptPrinting.Result(outcome.filed().acceptanceNo(),
                        java.util.Optional.of(ReceiptPrinting.Problem.FAILED)));
            });
        } finally {
            arriving = false;
        }
    }

    private void printed(ReceiptPrinting.Result result) {
        if (!result.acceptanceNo().equals(acceptanceNo.get())) {
            return; // the visit ended or moved on while the printer worked
        }
        problem.set(result.problem().orElse(null));
        state.set(result.printed() ? State.PRINTED : State.FAILED);
        if (!arriving) {
            // the navigator speaks the prompt on arrival; a result that comes later is spoken here
            voice.cancel();
            voice.speak(prompt());
        }
    }

    /** What the screen says now. */
    public Prompt prompt() {
        return switch (state.get()) {
            case IDLE, PRINTING -> Prompt.of("prompt.receipt.printing");
            case PRINTED -> Prompt.of("prompt.receipt.printed", acceptanceNo.get());
            case FAILED -> Prompt.of("prompt.receipt.failed", i18n.text(problemKey(problem.get())), acceptanceNo.get());
        };
    }

    /** The headline for a printer problem. */
    public static String problemKey(ReceiptPrinting.Problem p) {
        if (p == null) {
            return "completion.receipt.failed.failed";
        }
        return switch (p) {
            case PAPER_OUT -> "completion.receipt.failed.paper-out";
            case OFFLINE -> "completion.receipt.failed.offline";
            case COVER_OPEN -> "completion.receipt.failed.cover-open";
            case FAILED -> "completion.receipt.failed.failed";
        };
    }

    /** 再听一遍受理号. */
    public void repeatNumber() {
        if (!acceptanceNo.get().isEmpty()) {
            voice.cancel();
            voice.speak(Prompt.of("prompt.receipt.number", acceptanceNo.get()));
        }
    }

    /** 下一步: the satisfaction question. */
    public void next() {
        if (state.get() != State.PRINTING) {
            navigator.goTo(nextScreen);
        }
    }

    @Override
    public void clearSession() {
        super.clearSession();
        pending = null;
        problem.set(null);
        acceptanceNo.set("");
        state.set(State.IDLE);
    }
}
