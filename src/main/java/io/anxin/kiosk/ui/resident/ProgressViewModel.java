package io.anxin.kiosk.ui.resident;

import java.time.ZoneId;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.query.ProgressQuery;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Voice;

/**
 * 办理进度查询: the identified resident's own submissions on this kiosk, newest first,
 * {@value #PAGE_SIZE} a page (fewer in large text), each in plain words; or the way to the acceptance-number keypad.
 */
public final class ProgressViewModel extends QueryModel {

    /** Submissions on a page in normal text; large text shows {@value #LARGE_PAGE_SIZE}. */
    public static final int PAGE_SIZE = 3;
    public static final int LARGE_PAGE_SIZE = 1;

    private final ProgressQuery progress;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper needsIdentity = new ReadOnlyBooleanWrapper(this, "needsIdentity");
    private final ReadOnlyListWrapper<QueryTexts.Line> lines = new ReadOnlyListWrapper<>(this, "lines",
            FXCollections.observableArrayList());
    private final Pager pager = new Pager(PAGE_SIZE);
    private List<QueryTexts.Line> all = List.of();

    public ProgressViewModel(ProgressQuery progress, ResidentSession session, Navigator navigator, TaskRunner tasks, Voice voice,
                             ZoneId zone) {
        super(session, navigator, tasks, voice, Message.of("progress.need-identity"));
        this.progress = progress;
        this.zone = zone;
        session.largeTextProperty().addListener((o, was, large) -> {
            pager.setPageSize(large ? LARGE_PAGE_SIZE : PAGE_SIZE);
            lines.setAll(pager.slice(all));
        });
    }

    public ReadOnlyBooleanProperty needsIdentityProperty() {
        return needsIdentity.getReadOnlyProperty();
    }

    /** The submissions of the current page. */
    public ReadOnlyListProperty<QueryTexts.Line> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public Pager pager() {
        return pager;
    }

    public void nextPage() {
        pager.next();
        lines.setAll(pager.slice(all));
    }

    public void previousPage() {
        pager.previous();
        lines.setAll(pager.slice(all));
    }

    /** 按受理号查询. */
    public void byNumber() {
        navigator.goTo(ProgressNumberScreen.ID);
    }

    @Override
    protected void arrived() {
        forget();
        pager.setPageSize(session.largeTextProperty().get() ? LARGE_PAGE_SIZE : PAGE_SIZE);
        ResidentIdentity who = identity();
        if (who == null) {
            needsIdentity.set(true);
            return;
        }
        if (!who.verified()) {
            needsIdentity.set(true);
            setLead(Message.of("progress.not-verified"));
            return;
        }
        setLead(Message.of("query.loading"));
        ask(() -> progress.mine(who), mine -> {
            all = mine.items().stream().map(i -> QueryTexts.line(i, zone)).toList();
            pager.reset(all.size());
            lines.setAll(pager.slice(all));
            setLead(all.isEmpty() ? Message.of("progress.none") : Message.of("progress.mine", all.size()));
        }, failure -> setLead(Message.of("query.unavailable")));
    }

    @Override
    protected void forget() {
        needsIdentity.set(false);
        all = List.of();
        lines.clear();
        pager.reset(0);
        setLead(Message.of("progress.need-identity"));
    }
}
