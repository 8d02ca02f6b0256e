package io.anxin.kiosk.ui.resident;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * "您对本次服务满意吗？": one answer per service (or 跳过), stored on a worker with the service code
 * only, then on to "请取走您的社保卡". An answer that cannot be stored is logged; the resident still
 * moves on (nothing of theirs is lost: the answer is anonymous feedback).
 */
public final class SatisfactionViewModel extends ScreenModel {

    private static final Logger LOG = LoggerFactory.getLogger(SatisfactionViewModel.class);

    private final SatisfactionSurvey survey;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final String nextScreen;
    private final ReadOnlyObjectWrapper<ServiceCode> service = new ReadOnlyObjectWrapper<>(this, "service");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public SatisfactionViewModel(SatisfactionSurvey survey, Navigator navigator, TaskRunner tasks, String nextScreen) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.navigator = navigator;
        this.tasks = tasks;
        this.nextScreen = nextScreen;
    }

    /** The service just finished; null when the screen is shown without one (nothing is stored then). */
    public ReadOnlyObjectProperty<ServiceCode> serviceProperty() {
        return service.getReadOnlyProperty();
    }

    /** True while an answer is being stored: a second tap is ignored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void askAbout(ServiceCode code) {
        service.set(Objects.requireNonNull(code, "code"));
    }

    public void answer(SatisfactionRating rating) {
        Objects.requireNonNull(rating, "rating");
        if (busy.get()) {
            return;
        }
        ServiceCode code = service.get();
        if (code == null) {
            navigator.goTo(nextScreen);
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            survey.answer(code, rating);
            return rating;
        }, stored -> moveOn(), failure -> {
            LOG.warn("a satisfaction answer for {} could not be stored", code.code(), failure);
            moveOn();
        });
    }

    /** 跳过: no answer. */
    public void skip() {
        if (!busy.get()) {
            service.set(null);
            navigator.goTo(nextScreen);
        }
    }

    private void moveOn() {
        busy.set(false);
        service.set(null); // one answer per service: back here and a second tap does not count twice
        navigator.goTo(nextScreen);
    }

    @Override
    public void clearSession() {
        super.clearSession();
        service.set(null);
        busy.set(false);
    }
}
