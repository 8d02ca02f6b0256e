package io.anxin.kiosk.service.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.catalog.QueueCategoryLoader;
import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.panel.HallPanelListener;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.service.HelpRequests;
import io.anxin.kiosk.store.AuditEvent;
import io.anxin.kiosk.store.AuditLog;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;
import io.anxin.kiosk.ui.support.MutableClock;

/** Help calls against a real hall node: one open call per kiosk, the lamp follows it, a node that is down is recorded here. */
class HelpCallsTest {

    private static final String KIOSK = "kiosk-token-0123456789abcdef";
    private static final String COUNTER = "counter-token-0123456789abcdef";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final LampPanel panel = new LampPanel();
    private Database db;
    private HallNode node;
    private AuditLog audit;

    @BeforeEach
    void start() {
        db = Database.open(dir.resolve("db"));
        audit = new AuditLog(db.dataSource(), clock, "KIOSK-01");
        node = HallNode.start(new HallQueue(new HallQueueStore(db.dataSource()),
                new QueueCategoryLoader().load(Path.of("kiosk-config")), Duration.ofMinutes(15), 60, clock.getZone(), clock,
                Duration.ofMinutes(5)), InetAddress.getLoopbackAddress(), 0, Map.of(KIOSK, "KIOSK-01", COUNTER, "COUNTER-02"));
    }

    @AfterEach
    void stop() {
        node.close();
        db.close();
    }

    private HallClient client(String token) {
        return new HallClient(URI.create("http://127.0.0.1:" + node.port() + "/"), token, Duration.ofSeconds(2));
    }

    @Test
    void oneOpenCallPerKioskWithTheLampOnUntilAClerkTakesIt() {
        client(COUNTER).claimWindow(2, "1001");
        HelpCalls help = new HelpCalls(client(KIOSK), panel, new HelpRequests(audit));
        HelpCalls.Outcome first = help.raise("policy-search");
        HelpCalls.Outcome again = help.raise("home");

        assertThat(first.status()).isEqualTo(HelpCalls.Status.RAISED);
        assertThat(again.helpId()).as("no second call while one is open").isEqualTo(first.helpId());
        HallClient counter = client(COUNTER);
        assertThat(counter.board().openHelp()).singleElement().satisfies(c -> {
            assertThat(c.screen()).isEqualTo("policy-search");
            assertThat(c.terminal()).isEqualTo("KIOSK-01");
        });
        assertThat(panel.lamp).containsExactly(true);

        assertThat(help.taken(event("HELP_TAKEN", first.helpId() + 1))).as("another kiosk's call").isFalse();
        assertThat(help.taken(event("HELP_RAISED", first.helpId()))).isFalse();
        assertThat(help.stillOpenOn(counter.board())).isTrue();
        counter.takeHelp(first.helpId());
        assertThat(help.taken(event("HELP_TAKEN", first.helpId()))).isTrue();
        assertThat(help.open()).isFalse();
        assertThat(panel.lamp).containsExactly(true, false);
        assertThat(help.taken(event("HELP_TAKEN", first.helpId()))).as("only once").isFalse();

        HelpCalls.Outcome next = help.raise("home");
        assertThat(next.helpId()).isNotEqualTo(first.helpId());
        assertThat(audit.latest(10)).extracting(AuditEvent::detail).contains("from screen policy-search", "from screen home");
    }

    @Test
    void aLostAnswerIsAskedAgainWithTheSameRequestIdAndGivesOneCallNotTwo() throws Exception {
        try (QueueTicketsTest.Relay relay = new QueueTicketsTest.Relay(URI.create("http://127.0.0.1:" + node.port() + "/"))) {
            client(COUNTER).claimWindow(2, "1001");
            relay.dropAnswers.set(1);
            HelpCalls help = new HelpCalls(new HallClient(relay.url(), KIOSK, Duration.ofSeconds(2)), panel,
                    new HelpRequests(audit));
            HelpCalls.Outcome outcome = help.raise("service-step");
            assertThat(outcome.status()).as("the node had the call; the retry found it").isEqualTo(HelpCalls.Status.RAISED);
            assertThat(relay.requestIds()).hasSize(2);
            assertThat(relay.requestIds().get(0)).isNotBlank().isEqualTo(relay.requestIds().get(1));
            assertThat(client(COUNTER).board().openHelp()).as("one call on the node").singleElement()
                    .satisfies(c -> assertThat(c.id()).isEqualTo(outcome.helpId()));
            assertThat(panel.lamp).containsExactly(true);
        }
    }

    @Test
    void withNoWindowOpenTheCallIsOnTheNodeButTheResidentIsSentToTheDesk() {
        HelpCalls help = new HelpCalls(client(KIOSK), panel, new HelpRequests(audit));
        HelpCalls.Outcome outcome = help.raise("home");
        assertThat(outcome.status()).isEqualTo(HelpCalls.Status.RAISED_NO_COUNTER);
        assertThat(client(COUNTER).board().openHelp()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(outcome.helpId()));
        assertThat(help.open()).as("the first clerk to sign in takes it").isTrue();
        client(COUNTER).claimWindow(3, "1002");
        assertThat(client(COUNTER).board().openWindows()).containsExactly(3);
    }

    @Test
    void aTakeMissedByTheFeedIsFoundOnAFreshBoard() {
        HelpCalls help = new HelpCalls(client(KIOSK), panel, new HelpRequests(audit));
        long id = help.raise("home").helpId();
        assertThat(help.confirmTaken()).isFalse();
        client(COUNTER).takeHelp(id);
        assertThat(help.stillOpenOn(client(COUNTER).board())).isFalse();
        assertThat(help.confirmTaken()).isTrue();
        assertThat(panel.lamp).containsExactly(true, false);
    }

    @Test
    void aNodeThatCannotBeReachedLeavesTheLocalRecordOnlyAndNoLamp() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        HelpCalls help = new HelpCalls(new HallClient(URI.create("http://127.0.0.1:" + closed + "/"), KIOSK,
                Duration.ofSeconds(2)), panel, new HelpRequests(audit));
        HelpCalls.Outcome outcome = help.raise("receipt");
        assertThat(outcome.status()).isEqualTo(HelpCalls.Status.NOT_REACHED);
        assertThat(help.open()).isFalse();
        assertThat(panel.lamp).isEmpty();
        assertThat(audit.latest(5)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("help.requested");
            assertThat(e.detail()).isEqualTo("from screen receipt");
        });
    }

    private static HallEvent event(String kind, long helpId) {
        return new HallEvent(1, Instant.now(), kind, 0, null, null, 0, helpId, "COUNTER-02");
    }

    /** A panel with a lamp only, recording every switch. */
    private static final class LampPanel implements HallPanel {
        final List<Boolean> lamp = new CopyOnWriteArrayList<>();

        @Override
        public void addListener(HallPanelListener listener) {
        }

        @Override
        public void removeListener(HallPanelListener listener) {
        }

        @Override
        public void helpLamp(boolean on) {
            lamp.add(on);
        }

        @Override
        public String status() {
            return "test lamp";
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
