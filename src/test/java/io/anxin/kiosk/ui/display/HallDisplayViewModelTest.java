package io.anxin.kiosk.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.domain.hall.TicketState;
import io.anxin.kiosk.ui.support.MutableClock;

/** The display's state from boards and events, without a stage. */
class HallDisplayViewModelTest {

    static final QueueCategories CATEGORIES = new QueueCategories(List.of(
            new QueueCategory("elderly", 'Y', "老年人优先窗口", "Priority window", List.of(1), true),
            new QueueCategory("general", 'A', "参保登记与缴费", "Enrolment", List.of(2, 3), false),
            new QueueCategory("chronic", 'B', "门诊慢特病", "Chronic disease", List.of(4), false)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final HallDisplayViewModel model = new HallDisplayViewModel(CATEGORIES, clock);
    private long seq = 100;

    private HallEvent event(String kind, long ticket, String number, String category, int window) {
        return new HallEvent(++seq, clock.instant(), kind, ticket, number, category, window, 0, "T");
    }

    private Map<String, Integer> counts() {
        return model.waiting().stream().collect(java.util.stream.Collectors.toMap(WaitingRow::code, WaitingRow::count));
    }

    @Test
    void aBoardIsShownWithoutHighlight() {
        Ticket serving = new Ticket(5, "A005", LocalDate.of(2026, 12, 3), "general", "general", false, clock.instant(),
                TicketState.CALLED, 3, clock.instant());
        model.onBoard(new HallBoard(100, Map.of("elderly", 2, "general", 7, "chronic", 0), List.of(serving),
                List.of(event("RECALLED", 5, "A005", "general", 3), event("CALLED", 4, "Y004", "elderly", 1),
                        event("CALLED", 5, "A005", "general", 3)), List.of()));
        assertThat(model.currentProperty().get().number()).isEqualTo("A005");
        assertThat(model.recent()).extracting(CallRow::number).containsExactly("A005", "Y004");
        assertThat(model.freshProperty().get()).isFalse();
        assertThat(counts()).containsEntry("elderly", 2).containsEntry("general", 7).containsEntry("chronic", 0);
        assertThat(model.waiting()).extracting(WaitingRow::nameZh).containsExactly("老年人优先窗口", "参保登记与缴费", "门诊慢特病");
    }

    @Test
    void liveEventsKeepTheCallsAndCountsAndHighlightTheNewest() {
        model.onBoard(new HallBoard(100, Map.of("elderly", 1, "general", 1, "chronic", 0), List.of(), List.of(),
                List.of()));
        model.onEvent(event("ISSUED", 10, "A010", "general", 0));
        model.onEvent(event("ISSUED", 11, "B001", "chronic", 0));
        assertThat(counts()).containsEntry("general", 2).containsEntry("chronic", 1);
        model.onEvent(event("CALLED", 10, "A010", "general", 2));
        assertThat(counts()).containsEntry("general", 1);
        assertThat(model.currentProperty().get()).isEqualTo(new CallRow(10, "A010", 2, false));
        assertThat(model.freshProperty().get()).isTrue();
        model.onEvent(event("TRANSFERRED", 11, "B001", "general", 0));
        assertThat(counts()).containsEntry("general", 2).containsEntry("chronic", 0);
        model.onEvent(event("TRANSFERRED", 3, "Y003", "general", 0));
        assertThat(counts()).as("waiting before the board, in its letter's category").containsEntry("elderly", 0)
                .containsEntry("general", 3);
        model.onEvent(event("TRANSFERRED", 10, "A010", "chronic", 0));
        assertThat(counts()).as("a called ticket sent to another queue").containsEntry("general", 3)
                .containsEntry("chronic", 1);

        clock.advance(HallDisplayViewModel.FRESH.minusSeconds(1));
        model.tick();
        assertThat(model.freshProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.freshProperty().get()).isFalse();
        assertThat(model.nowProperty().get()).isEqualTo(clock.instant());
    }

    @Test
    void theLastSixCallsOneRowPerTicket() {
        for (int i = 1; i <= 8; i++) {
            model.onEvent(event("CALLED", i, String.format("A%03d", i), "general", 2));
        }
        model.onEvent(event("RECALLED", 5, "A005", "general", 2));
        assertThat(model.recent()).extracting(CallRow::number)
                .containsExactly("A005", "A008", "A007", "A006", "A004", "A003");
        assertThat(model.recent().get(0).recall()).isTrue();
        assertThat(counts()).as("never below zero").containsEntry("general", 0);
    }

    @Test
    void anUnreachableNodeKeepsWhatWasShown() {
        model.onConnection(true, "");
        model.onBoard(new HallBoard(1, Map.of(), List.of(), List.of(event("CALLED", 1, "A001", "general", 3)), List.of()));
        model.onConnection(false, "NODE_UNREACHABLE: refused");
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.currentProperty().get().number()).isEqualTo("A001");
        assertThat(model.recent()).hasSize(1);
    }
}
