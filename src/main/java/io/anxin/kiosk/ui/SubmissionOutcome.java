package io.anxin.kiosk.ui;

import java.util.List;
import java.util.Objects;

import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.FiledSubmission;

/**
 * What a committed submission's receipt needs besides the submission itself.
 *
 * @param nextSteps        what happens next and when, one line each, already in the resident's language
 *                         (e.g. "预计 2026年12月21日 前答复")
 * @param completeAtWindow something must be completed at the window (请到窗口补充)
 */
public record SubmissionOutcome(FiledSubmission filed, ServiceCode service, List<String> nextSteps,
                                boolean completeAtWindow) {
    public SubmissionOutcome {
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(service, "service");
        nextSteps = List.copyOf(nextSteps);
    }
}
