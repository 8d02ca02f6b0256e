package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the kiosk tells a resident before they submit a chronic/special disease application.
 *
 * @param answerBy    the day the answer comes (at the latest, for centralised assessment)
 * @param approximate true when the date was counted through a year the holiday calendar does not
 *                    cover yet; the screen adds {@link ChronicDiseaseRules#KEY_APPROXIMATE}
 * @param key         the bundle key of the sentence; {@code args} are its arguments (dates as LocalDate)
 */
public record ChronicAnswer(ChronicAnswerKind kind, LocalDate submittedOn, LocalDate answerBy, boolean approximate,
                            String key, List<Object> args) {

    public ChronicAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(answerBy, "answerBy");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        if (answerBy.isBefore(submittedOn)) {
            throw new IllegalArgumentException("answerBy is before submittedOn");
        }
    }
}
