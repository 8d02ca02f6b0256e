package io.anxin.kiosk.ui.resident;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.query.Certificate;
import io.anxin.kiosk.service.query.CertificateCheck;
import io.anxin.kiosk.service.query.CertificatePrinting;
import io.anxin.kiosk.service.query.PrintOutcome;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Voice;

/**
 * 参保证明打印: checks the record (live, or a cached copy young enough), shows what will be printed,
 * prints on one tap. A printer failure is shown and spoken with what to do; the certificate stays
 * on screen and can be printed again, nothing is lost.
 */
public final class CertificateViewModel extends QueryModel {

    private final CertificatePrinting certificates;
    private final I18n i18n;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper needsIdentity = new ReadOnlyBooleanWrapper(this, "needsIdentity");
    private final ReadOnlyBooleanWrapper noNetwork = new ReadOnlyBooleanWrapper(this, "noNetwork");
    private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper(this, "canPrint");
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(this, "printing");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyListWrapper<Message> preview = new ReadOnlyListWrapper<>(this, "preview", FXCollections.observableArrayList());
    private Certificate certificate;

    public CertificateViewModel(CertificatePrinting certificates, I18n i18n, ResidentSession session, Navigator navigator,
                                TaskRunner tasks, Voice voice, ZoneId zone) {
        super(session, navigator, tasks, voice, Message.of("query.need-identity"));
        this.certificates = certificates;
        this.i18n = i18n;
        this.zone = zone;
    }

    /** No network and no usable copy: the screen offers what still works here (办理进度查询). */
    public ReadOnlyBooleanProperty noNetworkProperty() {
        return noNetwork.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsIdentityProperty() {
        return needsIdentity.getReadOnlyProperty();
    }

    /** A certificate is ready and no print is running. */
    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printingProperty() {
        return printing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    /** What the certificate states, line by line (the ID masked, no name). */
    public ReadOnlyListProperty<Message> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public void retry() {
        arrived();
    }

    public void print() {
        Certificate c = certificate;
        if (c == null || printing.get()) {
            return;
        }
        clearError();
        printing.set(true);
        canPrint.set(false);
        setLead(Message.of("certificate.printing"));
        java.util.Locale locale = i18n.localeProperty().get();
        ask(() -> certificates.print(c, locale), outcome -> {
            printing.set(false);
            canPrint.set(true);
            if (outcome == PrintOutcome.PRINTED) {
                setLead(Message.of("certificate.printed"));
            } else {
                setLead(ready(c));
                showError(Message.of(switch (outcome) {
                    case PAPER_OUT -> "certificate.error.paper-out";
                    case COVER_OPEN -> "certificate.error.cover-open";
                    case PRINTER_OFFLINE -> "certificate.error.offline";
                    default -> "certificate.error.failed";
                }));
            }
        }, failure -> {
            printing.set(false);
            canPrint.set(true);
            setLead(ready(c));
            showError(Message.of("certificate.error.failed"));
        });
    }

    @Override
    protected void arrived() {
        forget();
        ResidentIdentity who = identity();
        if (who == null) {
            needsIdentity.set(true);
            return;
        }
        if (!who.verified()) {
            needsIdentity.set(true);
            setLead(Message.of("query.not-verified"));
            return;
        }
        setLead(Message.of("query.loading"));
        ask(() -> certificates.check(who), this::show, failure -> {
            canRetry.set(true);
            setLead(Message.of("query.unavailable"));
        });
    }

    private void show(CertificateCheck check) {
        switch (check.status()) {
            case READY -> {
                certificate = check.certificate().orElseThrow();
                preview.setAll(lines(certificate));
                canPrint.set(true);
                setLead(ready(certificate));
            }
            case TOO_OLD -> {
                noNetwork.set(true);
                canRetry.set(true);
                setLead(QueryTexts.at("certificate.too-old", check.copyFetchedAt().orElseThrow(), zone,
                        certificates.maxAgeDays()));
            }
            case NOT_INSURED -> setLead(Message.of("certificate.not-insured"));
            case NOT_VERIFIED -> {
                needsIdentity.set(true);
                setLead(Message.of("query.not-verified"));
            }
            case NO_NETWORK -> {
                noNetwork.set(true);
                canRetry.set(true);
                setLead(Message.of("query.no-network"));
            }
            case NOT_FOUND -> setLead(Message.of("query.not-found"));
            case UNAVAILABLE -> {
                canRetry.set(true);
                setLead(Message.of("query.unavailable"));
            }
        }
    }

    private Message ready(Certificate c) {
        return c.live() ? Message.of("certificate.ready") : QueryTexts.at("certificate.ready.cached", c.dataAsOf(), zone);
    }

    private List<Message> lines(Certificate c) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("certificate.preview.id", c.maskedId()));
        lines.add(Message.of("query.status-line." + c.status()));
        lines.add(Message.of("query.type-line." + c.insuranceType()));
        lines.add(Message.of("certificate.preview.since", c.insuredSince()));
        lines.add(QueryTexts.at("certificate.preview.as-of", c.dataAsOf(), zone));
        return lines;
    }

    @Override
    protected void forget() {
        certificate = null;
        preview.clear();
        needsIdentity.set(false);
        noNetwork.set(false);
        canPrint.set(false);
        printing.set(false);
        canRetry.set(false);
        setLead(Message.of("query.need-identity"));
    }
}
