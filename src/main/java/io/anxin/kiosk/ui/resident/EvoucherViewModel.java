package io.anxin.kiosk.ui.resident;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import io.anxin.kiosk.service.identify.EvoucherException;
import io.anxin.kiosk.service.identify.EvoucherResolver;
import io.anxin.kiosk.ui.CardSessionController;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.ui.TaskRunner;

/**
 * 扫医保电子凭证: a scanned token is resolved by the central server. The token lives only in this
 * call: never stored in a property, never logged.
 */
public final class EvoucherViewModel extends ScreenModel {

    private final EvoucherResolver resolver;
    private final CardSessionController cards;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper(this, "resolving");

    public EvoucherViewModel(EvoucherResolver resolver, CardSessionController cards, TaskRunner tasks) {
        this.resolver = resolver;
        this.cards = cards;
        this.tasks = tasks;
    }

    public ReadOnlyBooleanProperty resolvingProperty() {
        return resolving.getReadOnlyProperty();
    }

    public void scanned(String token) {
        if (resolving.get()) {
            return;
        }
        clearError();
        resolving.set(true);
        tasks.run(() -> resolver.resolve(token), identity -> {
            resolving.set(false);
            cards.identified(identity);
        }, failure -> {
            resolving.set(false);
            showError(Message.of(messageKey(failure)));
        });
    }

    static String messageKey(Throwable failure) {
        if (failure instanceof EvoucherException e) {
            return switch (e.kind()) {
                case OFFLINE -> "evoucher.error.offline";
                case UNKNOWN -> "evoucher.error.unknown";
                case EXPIRED -> "evoucher.error.expired";
                case FAILED -> "evoucher.error.failed";
            };
        }
        return "evoucher.error.failed";
    }

    @Override
    public void clearSession() {
        super.clearSession();
        resolving.set(false);
    }
}
