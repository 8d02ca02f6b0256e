package io.anxin.kiosk.service;

import io.anxin.kiosk.store.AuditLog;

/**
 * A resident asked for a person ("呼叫工作人员"). In a standalone kiosk the request is recorded for
 * the hall's records and the screen sends the resident to the service desk; the hall issue delivers
 * it to the counter consoles as a live call.
 *
 * <p>Threads: any; each call writes one audit row.
 */
public final class HelpRequests {

    private final AuditLog audit;

    public HelpRequests(AuditLog audit) {
        this.audit = audit;
    }

    /** @param screenId the screen the resident was on, so staff know where they got stuck */
    public void request(String screenId) {
        audit.record("resident", null, "help.requested", "from screen " + screenId);
    }
}
