package io.anxin.kiosk.service.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.live.ApplicationProgress;
import io.anxin.kiosk.service.live.ApplicationStatus;
import io.anxin.kiosk.service.live.LiveDataException;
import io.anxin.kiosk.service.live.LiveDataFailure;
import io.anxin.kiosk.store.OutboxState;
import io.anxin.kiosk.store.SubmissionHistory;

/**
 * 办理进度查询: the identified resident's own submissions on this kiosk, newest first, and one
 * submission by acceptance number. Before delivery the kiosk's own state is the answer
 * (已受理，等待上传); a rejected entry gives the centre's words; after delivery the centre is asked
 * live by reference, and when it cannot be reached the local state is shown with its time.
 *
 * <p>Only a verified identity sees its list (a keyed ID number could be anyone's); anybody may
 * ask by the acceptance number printed on their receipt. Once the centre is found offline during
 * a list, the remaining entries are not asked again (one time-out, not thirty).
 *
 * <p>Blocking (network, database): never on the FX thread. Thread-safe; holds no resident data.
 */
public final class ProgressQuery {

    /** Most submissions listed for one resident. */
    public static final int MAX_LISTED = 30;
    /** {@code <terminal>-<yyyyMMdd>-<4 digits>} as {@code SubmissionStore} issues them. */
    public static final Pattern ACCEPTANCE_NO = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}-\\d{8}-\\d{4}");

    private static final Logger LOG = LoggerFactory.getLogger(ProgressQuery.class);

    /** The identified resident's list, or why there is none. */
    public record Mine(boolean verified, List<ProgressItem> items) {
        public Mine {
            items = List.copyOf(items);
        }
    }

    private final SubmissionHistory history;
    private final ApplicationProgress live;

    public ProgressQuery(SubmissionHistory history, ApplicationProgress live) {
        this.history = history;
        this.live = live;
    }

    public Mine mine(ResidentIdentity identity) {
        if (!identity.verified()) {
            return new Mine(false, List.of());
        }
        List<ProgressItem> items = new ArrayList<>();
        boolean offline = false;
        for (SubmissionHistory.Entry e : history.forResident(identity.idNumber(), MAX_LISTED)) {
            ProgressItem item = local(e, offline);
            offline |= item.stage() == ProgressItem.Stage.DELIVERED_OFFLINE;
            items.add(item);
        }
        return new Mine(true, items);
    }

    /** @throws IllegalArgumentException when {@code acceptanceNo} is not of the kiosk's form */
    public ProgressItem byAcceptanceNo(String acceptanceNo) {
        if (acceptanceNo == null || !ACCEPTANCE_NO.matcher(acceptanceNo).matches()) {
            throw new IllegalArgumentException("an acceptance number looks like JN-LX-007-20261122-0031");
        }
        Optional<SubmissionHistory.Entry> here = history.byAcceptanceNo(acceptanceNo);
        if (here.isPresent()) {
            return local(here.get(), false);
        }
        try {
            ApplicationStatus s = live.byAcceptanceNo(acceptanceNo);
            return new ProgressItem(acceptanceNo, Optional.empty(), Optional.empty(), ProgressItem.Stage.LIVE,
                    Optional.of(s.state()), s.message(), Optional.of(s.updatedAt().toInstant()));
        } catch (RuntimeException e) {
            LiveDataFailure kind = kind(e);
            ProgressItem.Stage stage = switch (kind) {
                case NOT_FOUND -> ProgressItem.Stage.NOT_FOUND;
                case OFFLINE -> ProgressItem.Stage.LOOKUP_OFFLINE;
                default -> ProgressItem.Stage.LOOKUP_FAILED;
            };
            return new ProgressItem(acceptanceNo, Optional.empty(), Optional.empty(), stage, Optional.empty(), "",
                    Optional.empty());
        }
    }

    private ProgressItem local(SubmissionHistory.Entry e, boolean knownOffline) {
        Optional<String> kind = Optional.of(e.kind());
        Optional<java.time.OffsetDateTime> filed = Optional.of(e.createdAt());
        if (e.state() == OutboxState.PENDING) {
            return new ProgressItem(e.acceptanceNo(), kind, filed, ProgressItem.Stage.WAITING_UPLOAD, Optional.empty(), "",
                    Optional.empty());
        }
        if (e.state() == OutboxState.REJECTED) {
            return new ProgressItem(e.acceptanceNo(), kind, filed, ProgressItem.Stage.REJECTED, Optional.empty(),
                    e.rejectMessage().orElse(""), Optional.empty());
        }
        ProgressItem offline = new ProgressItem(e.acceptanceNo(), kind, filed, ProgressItem.Stage.DELIVERED_OFFLINE,
                Optional.empty(), "", e.deliveredAt());
        if (knownOffline) {
            return offline;
        }
        try {
            ApplicationStatus s = e.reference().isPresent() ? live.byReference(e.reference().get())
                    : live.byAcceptanceNo(e.acceptanceNo());
            return new ProgressItem(e.acceptanceNo(), kind, filed, ProgressItem.Stage.LIVE, Optional.of(s.state()),
                    s.message(), Optional.of(s.updatedAt().toInstant()));
        } catch (RuntimeException ex) {
            if (kind(ex) == LiveDataFailure.NOT_FOUND) {
                return new ProgressItem(e.acceptanceNo(), kind, filed, ProgressItem.Stage.UNKNOWN_AT_CENTRE,
                        Optional.empty(), "", e.deliveredAt());
            }
            return offline;
        }
    }

    private static LiveDataFailure kind(RuntimeException e) {
        if (e instanceof LiveDataException live) {
            LOG.info("application progress look-up failed: {}", live.kind());
            return live.kind();
        }
        LOG.warn("application progress look-up answered something that is not the protocol: {}", e.getClass().getSimpleName());
        return LiveDataFailure.SERVER_ERROR;
    }
}
