package io.anxin.kiosk.ui.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.RecordingVoice;
import io.anxin.kiosk.voice.RecordingVoice.Type;

/** Each live call: chime, then the call twice, only ever enqueued; paced, bounded, never from a board. */
class HallAnnouncerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final RecordingVoice voice = new RecordingVoice();
    private long seq;

    private HallEvent event(String kind, long ticket, String number, int window) {
        return new HallEvent(++seq, clock.instant(), kind, ticket, number, "general", window, 0, "COUNTER-02");
    }

    /** What the voice was given, as "chime" and "number->window" per enqueued prompt; fails on speak or cancel. */
    private List<String> heard() {
        return voice.events().stream().filter(e -> e.type() != Type.SET_LOCALE).map(e -> {
            assertThat(e.type()).as("only enqueue and chime").isIn(Type.ENQUEUE, Type.CHIME);
            if (e.type() == Type.CHIME) {
                return "chime";
            }
            assertThat(e.key()).isEqualTo(HallAnnouncer.CALL_KEY);
            return e.prompt().args().get(0) + "->" + e.prompt().args().get(1);
        }).toList();
    }

    @Test
    void aCallIsChimeThenTheCallTwiceInChinese() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        a.onEvent(event("CALLED", 1, "A012", 3));
        assertThat(heard()).containsExactly("chime", "A012->3", "A012->3");
        assertThat(voice.events().stream().filter(e -> e.type() == Type.SET_LOCALE).map(RecordingVoice.Event::locale))
                .containsOnly(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aNewCallWaitsForTheAnnouncementBeingMadeAndIsNeverCut() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        a.onEvent(event("CALLED", 1, "A012", 3));
        a.onEvent(event("CALLED", 2, "Y003", 1));
        assertThat(heard()).containsExactly("chime", "A012->3", "A012->3");
        assertThat(a.waiting()).isEqualTo(1);

        Duration length = HallAnnouncer.CHIME.plus(HallAnnouncer.LINE_ZH.multipliedBy(HallAnnouncer.REPEATS));
        clock.advance(length.minus(HallAnnouncer.LEAD).minusMillis(100));
        a.tick();
        assertThat(a.waiting()).as("still saying A012").isEqualTo(1);
        clock.advance(Duration.ofMillis(100));
        a.tick();
        assertThat(heard()).containsExactly("chime", "A012->3", "A012->3", "chime", "Y003->1", "Y003->1");
        assertThat(a.waiting()).isZero();
    }

    @Test
    void aRecallIsAnnouncedLikeACall() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        a.onEvent(event("RECALLED", 7, "B004", 4));
        assertThat(heard()).containsExactly("chime", "B004->4", "B004->4");
    }

    @Test
    void otherEventsAndBoardsAreNotAnnounced() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        for (String kind : List.of("ISSUED", "NO_SHOW", "FINISHED", "TRANSFERRED", "HELP_RAISED", "HELP_TAKEN")) {
            a.onEvent(event(kind, 1, "A001", 0));
        }
        a.onBoard();
        a.tick();
        assertThat(voice.events()).isEmpty();
    }

    @Test
    void aBurstAnnouncesOnlyTheNewestAndABoardDropsWhatWasWaiting() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        for (int i = 1; i <= 10; i++) {
            a.onEvent(event("CALLED", i, String.format("A%03d", i), 2 + i % 2));
        }
        assertThat(a.waiting()).isEqualTo(3);
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            a.tick();
        }
        assertThat(heard().stream().filter(h -> !h.equals("chime")).distinct())
                .containsExactly("A001->3", "A008->2", "A009->3", "A010->2");

        voice.clearEvents();
        a.onEvent(event("CALLED", 11, "A011", 3));
        a.onEvent(event("CALLED", 12, "A012", 2));
        a.onBoard();
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            a.tick();
        }
        assertThat(heard()).as("A012 came before the board: the board shows it").containsExactly("chime", "A011->3",
                "A011->3");
    }

    @Test
    void aTicketFinishedOrRecalledBeforeItsTurnIsNotSaidTwice() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.SIMPLIFIED_CHINESE, 3);
        a.onEvent(event("CALLED", 1, "A001", 2));
        a.onEvent(event("CALLED", 2, "A002", 3));
        a.onEvent(event("CALLED", 3, "A003", 2));
        a.onEvent(event("NO_SHOW", 2, "A002", 0));
        a.onEvent(event("RECALLED", 3, "A003", 2));
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            a.tick();
        }
        assertThat(heard().stream().filter(h -> !h.equals("chime")).distinct()).containsExactly("A001->2", "A003->2");
        assertThat(heard().stream().filter(h -> h.equals("chime"))).hasSize(2);
    }

    @Test
    void anEnglishDisplaySaysEachChineseLineThenTheEnglishOne() {
        HallAnnouncer a = new HallAnnouncer(voice, clock, Locale.ENGLISH, 3);
        a.onEvent(event("CALLED", 1, "A012", 3));
        List<String> seen = voice.events().stream().map(e -> e.type() == Type.SET_LOCALE ? e.locale().getLanguage()
                : e.type() == Type.CHIME ? "chime" : e.key()).toList();
        assertThat(seen).containsExactly("chime", "zh", HallAnnouncer.CALL_KEY, "en", HallAnnouncer.CALL_KEY, "zh",
                HallAnnouncer.CALL_KEY, "en", HallAnnouncer.CALL_KEY);
    }

    @Test
    void aBacklogOfNoneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HallAnnouncer(voice, clock, Locale.ROOT, 0));
    }
}
