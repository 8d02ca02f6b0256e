package io.anxin.kiosk.ui.display;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * Says each live call in the hall: the chime, then "请 A012 号到 3 号窗口" twice (and the English line
 * after each Chinese one when the display's language is English), always through
 * {@link Voice#enqueue}, so a new call waits for the announcement being made and never cuts it.
 *
 * <p>The voice does not report when it has finished, so the announcer paces itself by an estimate of
 * each announcement's length: it hands the next one to the voice shortly before the previous one is
 * expected to end (the voice's own queue absorbs an estimate that is too short) and keeps the rest
 * itself. That is where the backlog is bounded: when more than {@code maxWaiting} calls are waiting,
 * the oldest are dropped and logged, since a burst (a hall that called ten tickets while the display
 * was reconnecting) is better shown than read out a minute late. A board snapshot is never
 * announced, and it drops whatever was still waiting: the board shows those calls.
 *
 * <p>FX thread (or any single thread): not thread-safe.
 */
public final class HallAnnouncer {

    /** Bundle key of the spoken call; arguments: ticket number, window. */
    public static final String CALL_KEY = "hall.display.announce";
    /** How many times each call is said. */
    public static final int REPEATS = 2;
    /** Calls kept waiting behind the announcement being made, by default. */
    public static final int DEFAULT_MAX_WAITING = 3;

    static final Duration CHIME = Duration.ofMillis(700);
    /** One spoken line at the kiosk's speech rates (espeak-ng, measured for A012 to window 3: 4.5 s Chinese, 3.7 s English). */
    static final Duration LINE_ZH = Duration.ofMillis(4500);
    static final Duration LINE_EN = Duration.ofMillis(3700);
    /** The next announcement goes to the voice this long before the previous is expected to end. */
    static final Duration LEAD = Duration.ofMillis(1500);

    private static final Logger LOG = LoggerFactory.getLogger(HallAnnouncer.class);

    private record Call(long ticketId, String number, int window) {
    }

    private final Voice voice;
    private final Clock clock;
    private final int maxWaiting;
    private final Deque<Call> waiting = new ArrayDeque<>();
    private Locale locale;
    private Instant busyUntil = Instant.EPOCH;

    /**
     * @param locale the display's language: Chinese always, English in addition when it is English
     * @param maxWaiting calls kept behind the announcement being made (at least 1)
     */
    public HallAnnouncer(Voice voice, Clock clock, Locale locale, int maxWaiting) {
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting " + maxWaiting + ": expected 1 or more");
        }
        this.voice = Objects.requireNonNull(voice, "voice");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.maxWaiting = maxWaiting;
    }

    public void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** A live event from the hall's change feed: calls and recalls are announced, others may retire a waiting call. */
    public void onEvent(HallEvent event) {
        switch (event.kind()) {
            case "CALLED", "RECALLED" -> {
                // a recall of a ticket still waiting to be announced replaces that announcement
                waiting.removeIf(c -> c.ticketId() == event.ticketId());
                waiting.addLast(new Call(event.ticketId(), event.number(), event.window()));
                trim();
            }
            case "FINISHED", "NO_SHOW", "TRANSFERRED" -> waiting.removeIf(c -> c.ticketId() == event.ticketId());
            default -> {
                return;
            }
        }
        tick();
    }

    /** A board snapshot (start or reconnection): shown, not announced; calls still waiting are dropped. */
    public void onBoard() {
        if (!waiting.isEmpty()) {
            LOG.info("hall board received: {} waiting announcement(s) dropped ({}); the board shows them",
                    waiting.size(), numbers(waiting));
            waiting.clear();
        }
    }

    /** Hands the next waiting call to the voice when the previous one is about to end; call about once a second. */
    public void tick() {
        Instant now = clock.instant();
        if (waiting.isEmpty() || now.isBefore(busyUntil.minus(LEAD))) {
            return;
        }
        Call call = waiting.removeFirst();
        Instant start = now.isAfter(busyUntil) ? now : busyUntil;
        busyUntil = start.plus(announce(call));
    }

    /** Calls waiting to be announced (not counting the one the voice has). */
    public int waiting() {
        return waiting.size();
    }

    private Duration announce(Call call) {
        boolean english = !"zh".equals(locale.getLanguage());
        String window = Integer.toString(call.window());
        voice.enqueueChime();
        Duration length = CHIME;
        for (int i = 0; i < REPEATS; i++) {
            voice.setLocale(Locale.SIMPLIFIED_CHINESE);
            voice.enqueue(Prompt.of(CALL_KEY, call.number(), window));
            length = length.plus(LINE_ZH);
            if (english) {
                voice.setLocale(locale);
                voice.enqueue(Prompt.of(CALL_KEY, call.number(), window));
                length = length.plus(LINE_EN);
            }
        }
        LOG.info("announcing {} to window {}", call.number(), call.window());
        return length;
    }

    private void trim() {
        if (waiting.size() <= maxWaiting) {
            return;
        }
        List<Call> dropped = new ArrayList<>();
        while (waiting.size() > maxWaiting) {
            dropped.add(waiting.removeFirst());
        }
        LOG.warn("{} call(s) waiting to be announced; the oldest {} not announced: {}", dropped.size() + maxWaiting,
                dropped.size(), numbers(dropped));
    }

    private static String numbers(Iterable<Call> calls) {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> out.add(c.number() + "->" + c.window()));
        return String.join(", ", out);
    }
}
