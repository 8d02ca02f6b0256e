package io.anxin.kiosk.ui.resident;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.service.live.ResidentRecord;
import io.anxin.kiosk.service.query.LookupResult;
import io.anxin.kiosk.service.query.ResidentLookup;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Voice;

/**
 * 个人账户查询: balance (spoken as money), insurance status and type, recent spending
 * ({@value #PAGE_SIZE} lines a page) and chronic qualifications. Live when the centre answers,
 * else the cached copy with "截至"; a keyed ID number is told to insert the card or scan the code.
 */
public final class AccountViewModel extends QueryModel {

    public static final int PAGE_SIZE = 4;
    /** Chronic qualifications listed; more are counted ("另有2项"). */
    public static final int CHRONIC_SHOWN = 2;

    private final ResidentLookup lookup;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper spendingShown = new ReadOnlyBooleanWrapper(this, "spendingShown");
    private final ReadOnlyBooleanWrapper needsIdentity = new ReadOnlyBooleanWrapper(this, "needsIdentity");
    private final ReadOnlyBooleanWrapper noNetwork = new ReadOnlyBooleanWrapper(this, "noNetwork");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper(this, "balance", "");
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Message> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyObjectWrapper<Message> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final ReadOnlyListWrapper<Message> chronic = new ReadOnlyListWrapper<>(this, "chronic", FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Message> spending = new ReadOnlyListWrapper<>(this, "spending", FXCollections.observableArrayList());
    private final Pager pager = new Pager(PAGE_SIZE);
    private List<Message> allSpending = List.of();

    public AccountViewModel(ResidentLookup lookup, ResidentSession session, Navigator navigator, TaskRunner tasks, Voice voice,
                            ZoneId zone) {
        super(session, navigator, tasks, voice, Message.of("query.need-identity"));
        this.lookup = lookup;
        this.zone = zone;
    }

    /** A record is on screen. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The spending pages are shown instead of the summary (one thing at a time). */
    public ReadOnlyBooleanProperty spendingShownProperty() {
        return spendingShown.getReadOnlyProperty();
    }

    /** 最近消费: from the summary to the spending pages. */
    public void showSpending() {
        spendingShown.set(true);
    }

    /** 账户概况: back to the summary. */
    public void showSummary() {
        spendingShown.set(false);
    }

    /** The resident must identify with the card or the e-voucher first. */
    /** No network and no usable copy: the screen offers what still works here (办理进度查询). */
    public ReadOnlyBooleanProperty noNetworkProperty() {
        return noNetwork.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsIdentityProperty() {
        return needsIdentity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    /** The balance as a decimal string in yuan ("1234.50"), empty when none is shown. */
    public ReadOnlyStringProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> typeProperty() {
        return type.getReadOnlyProperty();
    }

    /** "数据截至…" or, for the cached copy, "现在无法联网，下面是截至…的记录". */
    public ReadOnlyObjectProperty<Message> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Message> chronicProperty() {
        return chronic.getReadOnlyProperty();
    }

    /** The spending lines of the current page. */
    public ReadOnlyListProperty<Message> spendingProperty() {
        return spending.getReadOnlyProperty();
    }

    public Pager pager() {
        return pager;
    }

    public void nextPage() {
        pager.next();
        showPage();
    }

    public void previousPage() {
        pager.previous();
        showPage();
    }

    public void retry() {
        arrived();
    }

    @Override
    protected void arrived() {
        forget();
        ResidentIdentity who = identity();
        if (who == null) {
            needsIdentity.set(true);
            setLead(Message.of("query.need-identity"));
            return;
        }
        if (!who.verified()) {
            needsIdentity.set(true);
            setLead(Message.of("query.not-verified"));
            return;
        }
        setLead(Message.of("query.loading"));
        ask(() -> lookup.lookup(who), this::show, failure -> {
            canRetry.set(true);
            setLead(Message.of("query.unavailable"));
        });
    }

    private void show(LookupResult result) {
        switch (result.status()) {
            case LIVE, CACHED -> show(result.record().orElseThrow(), result);
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

    private void show(ResidentRecord r, LookupResult result) {
        String money = r.personalAccount().balance().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        balance.set(money);
        status.set(Message.of("query.status-line." + r.status()));
        type.set(Message.of("query.type-line." + r.insuranceType()));
        boolean live = result.status() == LookupResult.Status.LIVE;
        java.time.Instant asOf = live ? r.personalAccount().asOf().toInstant() : result.fetchedAt().orElseThrow();
        freshness.set(QueryTexts.at(live ? "query.as-of.live"
                : result.failure().orElse(null) == LiveDataFailure.OFFLINE ? "query.as-of.cached" : "query.as-of.cached-error",
                asOf, zone));
        setLead(live ? Message.of("account.say.live", money) : QueryTexts.at("account.say.cached", asOf, zone, money));
        List<Message> qualifications = new ArrayList<>();
        for (ResidentRecord.ChronicQualification q : r.chronicQualifications()) {
            if (qualifications.size() == CHRONIC_SHOWN) {
                qualifications.add(Message.of("account.chronic.more", r.chronicQualifications().size() - CHRONIC_SHOWN));
                break;
            }
            qualifications.add(Message.of("account.chronic.line", q.disease(), q.validTo()));
        }
        chronic.setAll(qualifications);
        List<Message> lines = new ArrayList<>();
        for (ResidentRecord.AccountEntry e : r.personalAccount().recent()) {
            boolean out = e.amount().signum() < 0;
            lines.add(Message.of(out ? "account.spend.out" : "account.spend.in", e.date(), e.place(),
                    e.amount().abs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        }
        allSpending = List.copyOf(lines);
        pager.reset(allSpending.size());
        showPage();
        canRetry.set(!live);
        shown.set(true);
    }

    private void showPage() {
        spending.setAll(pager.slice(allSpending));
    }

    @Override
    protected void forget() {
        shown.set(false);
        spendingShown.set(false);
        needsIdentity.set(false);
        noNetwork.set(false);
        canRetry.set(false);
        balance.set("");
        status.set(null);
        type.set(null);
        freshness.set(null);
        chronic.clear();
        spending.clear();
        allSpending = List.of();
        pager.reset(0);
        setLead(Message.of("query.need-identity"));
    }
}
