package io.anxin.kiosk.ui.resident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.service.query.ProgressItem;
import io.anxin.kiosk.ui.Message;

/**
 * Words for query results. A time is two message arguments, the local date (shown in the bundle's
 * date format, spoken as a date) and {@code HH:mm}, in the kiosk's zone: "截至2026年11月22日 09:30".
 */
public final class QueryTexts {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private QueryTexts() {
    }

    static Message at(String key, Instant time, ZoneId zone, Object... more) {
        ZonedDateTime t = time.atZone(zone);
        Object[] args = new Object[2 + more.length];
        args[0] = t.toLocalDate();
        args[1] = HOURS.format(t);
        System.arraycopy(more, 0, args, 2, more.length);
        return Message.of(key, args);
    }

    /**
     * One submission as the progress screens show it.
     *
     * @param kind    the service's name, or null when only the centre knows the application
     * @param details further lines: the centre's words, when the state was true, when it was filed
     */
    public record Line(Message kind, String acceptanceNo, Message state, List<Message> details) {
        public Line {
            details = List.copyOf(details);
        }
    }

    static Line line(ProgressItem item, ZoneId zone) {
        Message kind = item.kind().map(k -> Message.of("progress.kind." + (ServiceCode.fromCode(k).isPresent() ? k : "unknown"))).orElse(null);
        List<Message> details = new ArrayList<>();
        Message state = switch (item.stage()) {
            case WAITING_UPLOAD -> Message.of("progress.stage.waiting");
            case REJECTED -> item.message().isBlank() ? Message.of("progress.stage.rejected.plain")
                    : Message.of("progress.stage.rejected", item.message());
            case LIVE -> Message.of("progress.state." + item.state().orElseThrow().wire());
            case DELIVERED_OFFLINE -> item.asOf().map(t -> at("progress.delivered-offline", t, zone))
                    .orElse(Message.of("progress.lookup-failed"));
            case UNKNOWN_AT_CENTRE -> Message.of("progress.unknown-at-centre");
            case NOT_FOUND -> Message.of("progress.not-found");
            case LOOKUP_OFFLINE -> Message.of("progress.lookup-offline");
            case LOOKUP_FAILED -> Message.of("progress.lookup-failed");
        };
        if (item.stage() == ProgressItem.Stage.LIVE) {
            if (!item.message().isBlank()) {
                details.add(Message.of("progress.centre-says", item.message()));
            }
            item.asOf().ifPresent(t -> details.add(at("progress.live.as-of", t, zone)));
        }
        item.filedAt().ifPresent(t -> details.add(at("progress.item.filed", t.toInstant(), zone)));
        return new Line(kind, item.acceptanceNo(), state, details);
    }
}
