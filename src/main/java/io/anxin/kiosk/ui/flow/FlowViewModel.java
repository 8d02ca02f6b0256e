package io.anxin.kiosk.ui.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.ServiceCompletion;
import io.anxin.kiosk.ui.SubmissionOutcome;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * The step engine: runs one {@link ServiceFlow} a step at a time. A choice answers and moves on; a
 * number or date is checked when confirmed and its problem is shown and spoken; back goes one step
 * back with every answer kept; the summary's confirm submits on a worker and hands the committed
 * outcome to {@link ServiceCompletion}. FX thread only.
 */
public final class FlowViewModel extends ScreenModel {

    private static final Logger LOG = LoggerFactory.getLogger(FlowViewModel.class);
    private static final DateTimeFormatter KEYED_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final I18n i18n;
    private final ResidentSession session;
    private final TaskRunner tasks;
    private final Voice voice;
    private final ServiceCompletion completion;
    private final Runnable show;
    private final Runnable announce;
    private final Answers answers = new Answers();
    private final ReadOnlyObjectWrapper<ServiceFlow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper(this, "stepNumber");
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyStringWrapper entry = new ReadOnlyStringWrapper(this, "entry", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private List<Step> plan = List.of();

    /**
     * @param show     brings the step screen up (the navigator's goTo of the flow screen)
     * @param announce speaks the screen's prompt again after the step or page changed in place
     */
    public FlowViewModel(I18n i18n, ResidentSession session, TaskRunner tasks, Voice voice, ServiceCompletion completion,
                         Runnable show, Runnable announce) {
        this.i18n = i18n;
        this.session = session;
        this.tasks = tasks;
        this.voice = voice;
        this.completion = completion;
        this.show = show;
        this.announce = announce;
    }

    public ReadOnlyObjectProperty<ServiceFlow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What is keyed on a number or date step, digits (and a point) only. */
    public ReadOnlyStringProperty entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Answers answers() {
        return answers;
    }

    /** Starts {@code service} from its first step and shows it. */
    public void start(ServiceFlow service) {
        answers.clear();
        flow.set(service);
        busy.set(false);
        clearError();
        moveTo(0);
        show.run();
    }

    /** The current plan, for tests and the walker: the questions and the final step. */
    public List<Step> plan() {
        return plan;
    }

    public void choose(Choice choice) {
        Step now = step.get();
        if (busy.get() || !(now instanceof ChoiceStep || now instanceof DateStep)) {
            return;
        }
        answers.put(now.id(), choice.value());
        advance(now);
    }

    public void nextPage() {
        if (step.get() instanceof ChoiceStep c && page.get() < c.pages() - 1) {
            page.set(page.get() + 1);
            announce.run();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            announce.run();
        }
    }

    public void key(char c) {
        int max;
        boolean point;
        boolean privateEntry;
        if (step.get() instanceof NumberStep n) {
            max = n.kind().maxLength();
            point = n.kind().decimalPoint();
            privateEntry = n.kind().privateEntry();
        } else if (step.get() instanceof DateStep) {
            max = 8;
            point = false;
            privateEntry = false;
        } else {
            return;
        }
        String now = entry.get();
        boolean ok = Character.isDigit(c) || (c == '.' && point && !now.contains(".") && !now.isEmpty());
        if (!ok || now.length() >= max) {
            return;
        }
        clearError();
        entry.set(now + c);
        if (privateEntry) {
            voice.speak(Prompt.privateEntry("entry.position", entry.get().length()));
        }
    }

    public void delete() {
        String now = entry.get();
        if (!now.isEmpty()) {
            entry.set(now.substring(0, now.length() - 1));
            voice.speak(Prompt.of("entry.deleted"));
        }
    }

    public void clearEntry() {
        entry.set("");
        voice.speak(Prompt.of("entry.cleared"));
    }

    /** 确定 on a number or date step: check the entry; a problem is shown and spoken, else move on. */
    public void confirmEntry() {
        Step now = step.get();
        if (now instanceof NumberStep n) {
            Optional<Message> problem = n.check().apply(entry.get());
            if (problem.isPresent()) {
                showError(problem.get());
                return;
            }
            answers.put(n.id(), entry.get());
            advance(n);
        } else if (now instanceof DateStep d) {
            Optional<LocalDate> date = keyedDate(entry.get());
            if (date.isEmpty()) {
                showError(Message.of("flow.date.invalid"));
                return;
            }
            Optional<Message> problem = d.check().apply(date.get());
            if (problem.isPresent()) {
                showError(problem.get());
                return;
            }
            answers.put(d.id(), date.get());
            advance(d);
        }
    }

    /** The summary's one large button: commit, then receipt and satisfaction. */
    public void confirm() {
        ServiceFlow service = flow.get();
        ResidentIdentity resident = session.identity();
        if (busy.get() || service == null || !(step.get() instanceof SummaryStep) || resident == null) {
            return;
        }
        clearError();
        busy.set(true);
        tasks.run(() -> service.submit(answers, resident), result -> {
            busy.set(false);
            if (flow.get() != service) {
                return; // the session ended while it was being filed; the submission stands, its receipt is in the store
            }
            if (result instanceof FlowResult.Submitted s) {
                flow.set(null);
                answers.clear();
                completion.submitted(new SubmissionOutcome(s.filed(), service.service(),
                        s.nextSteps().stream().map(i18n::text).toList(), s.completeAtWindow()));
            } else if (result instanceof FlowResult.Refused r) {
                showError(r.why());
            }
        }, failure -> {
            busy.set(false);
            LOG.error("{} could not be committed; nothing was filed", service.service().code(), failure);
            showError(Message.of("flow.submit.failed"));
        });
    }

    /** 完成 on a notice: the service ends with nothing filed. */
    public void finishNotice() {
        ServiceFlow service = flow.get();
        if (service != null && step.get() instanceof NoticeStep) {
            flow.set(null);
            answers.clear();
            completion.finished(service.service());
        }
    }

    /** 返回 goes one step back inside the service, keeping the answers; from the first step it leaves. */
    @Override
    public boolean stepBack() {
        if (busy.get() || flow.get() == null) {
            return busy.get();
        }
        int at = plan.indexOf(step.get());
        if (at <= 0) {
            return false;
        }
        clearError();
        moveTo(at - 1);
        return true;
    }

    /** The date keyed so far, for display: "2026年12月__日" style is the view's job. */
    public static Optional<LocalDate> keyedDate(String digits) {
        if (digits.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(digits, KEYED_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void advance(Step answered) {
        replan();
        int at = indexOfId(answered.id());
        moveTo(at + 1);
        announce.run();
    }

    private void replan() {
        ResidentIdentity resident = session.identity();
        plan = resident == null || flow.get() == null ? List.of() : flow.get().plan(answers, resident);
        if (plan.size() > ServiceFlow.MAX_STEPS) {
            throw new IllegalStateException(flow.get().service().code() + " plans " + plan.size() + " steps, more than "
                    + ServiceFlow.MAX_STEPS);
        }
    }

    private int indexOfId(String id) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void moveTo(int index) {
        replan();
        if (plan.isEmpty()) {
            step.set(null);
            stepNumber.set(0);
            stepCount.set(0);
            return;
        }
        Step next = plan.get(Math.max(0, Math.min(index, plan.size() - 1)));
        // number and count first: the view renders the step when it changes
        stepNumber.set(plan.indexOf(next) + 1);
        stepCount.set(plan.size());
        if (next instanceof NumberStep n) {
            entry.set(answers.text(n.id()));
        } else if (next instanceof DateStep d) {
            entry.set(answers.get(d.id(), LocalDate.class).map(KEYED_DATE::format).orElse(""));
        } else {
            entry.set("");
        }
        page.set(next instanceof ChoiceStep c ? c.pageOf(answers.get(c.id(), Object.class).orElse("")) : 0);
        step.set(next);
    }

    @Override
    public void clearSession() {
        super.clearSession();
        answers.clear();
        flow.set(null);
        step.set(null);
        plan = List.of();
        entry.set("");
        busy.set(false);
        page.set(0);
        stepNumber.set(0);
        stepCount.set(0);
    }
}
