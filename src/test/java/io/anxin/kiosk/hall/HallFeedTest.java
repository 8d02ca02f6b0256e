package io.anxin.kiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.HallBoard;
import io.anxin.kiosk.domain.hall.HallEvent;
import io.anxin.kiosk.domain.hall.HelpCall;
import io.anxin.kiosk.store.Database;

/** The board and the feed follower, over real HTTP on loopback, through a node restart. */
class HallFeedTest {

    @TempDir
    Path dir;

    private Database db;
    private HallNode node;
    private int port;
    private Map<String, String> tokens;
    private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        db = Database.open(dir.resolve("db"));
        tokens = HallTokens.readNode(HallApiTest.ownerOnly(dir.resolve("tokens"), "KIOSK-01 " + HallApiTest.KIOSK_TOKEN
                + "\nCOUNTER-02 " + HallApiTest.COUNTER_TOKEN + "\n"));
        node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), 0, tokens);
        port = node.port();
    }

    @AfterEach
    void stop() {
        node.close();
        db.close();
    }

    private HallClient client(String token) {
        return new HallClient(URI.create("http://127.0.0.1:" + port + "/"), token, Duration.ofSeconds(5));
    }

    private <T> T next(Class<T> type) throws InterruptedException {
        while (true) {
            Object o = heard.poll(20, TimeUnit.SECONDS);
            assertThat(o).as("expected a %s from the feed", type.getSimpleName()).isNotNull();
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
    }

    private record Connection(boolean reachable, String detail) {
    }

    @Test
    void theBoardShowsTodaysCallsNewestFirstWaitingCountsAndOpenHelp() {
        HallClient kiosk = client(HallApiTest.KIOSK_TOKEN);
        HallClient counter = client(HallApiTest.COUNTER_TOKEN);
        for (int i = 0; i < 9; i++) {
            kiosk.issue("general", null, false, "r" + i);
        }
        kiosk.issue("chronic", 75, false, "old");
        for (int i = 0; i < 7; i++) {
            counter.callNext(2, "c" + i);
        }
        var recalled = counter.recall(counter.callNext(1, "p").orElseThrow().id());
        HelpCall help = kiosk.raiseHelp("service-step");
        kiosk.raiseHelp("payment");
        counter.takeHelp(help.id());

        HallBoard board = counter.board();
        assertThat(board.waiting()).containsEntry("general", 2).containsEntry("chronic", 0).containsEntry("elderly", 0);
        assertThat(board.recentCalls()).hasSize(HallBoard.RECENT_CALLS);
        assertThat(board.recentCalls().get(0).kind()).isEqualTo("RECALLED");
        assertThat(board.recentCalls().get(0).number()).isEqualTo(recalled.number()).isEqualTo("Y001");
        assertThat(board.recentCalls().get(1).number()).isEqualTo("Y001");
        assertThat(board.recentCalls().get(2).number()).isEqualTo("A007");
        assertThat(board.serving()).extracting(t -> t.number()).first().isEqualTo("Y001");
        assertThat(board.serving()).hasSize(8);
        assertThat(board.openHelp()).singleElement().satisfies(h -> assertThat(h.screen()).isEqualTo("payment"));
        assertThat(counter.changes(board.lastSeq(), Duration.ZERO)).as("the board includes every change so far").isEmpty();
    }

    @Test
    void theFeedDeliversTheBoardThenEveryChangeAndResyncsAfterTheNodeRestarts() throws Exception {
        HallClient kiosk = client(HallApiTest.KIOSK_TOKEN);
        HallClient counter = client(HallApiTest.COUNTER_TOKEN);
        kiosk.issue("general", null, false, "before");
        try (HallFeed feed = new HallFeed(client(HallApiTest.COUNTER_TOKEN), new HallFeed.Listener() {
            @Override
            public void board(HallBoard board) {
                heard.add(board);
            }

            @Override
            public void event(HallEvent event) {
                heard.add(event);
            }

            @Override
            public void connection(boolean reachable, String detail) {
                heard.add(new Connection(reachable, detail));
            }
        }, Duration.ofMillis(200))) {
            feed.start();
            assertThat(next(Connection.class).reachable()).isTrue();
            assertThat(next(HallBoard.class).waiting()).containsEntry("general", 1);
            counter.callNext(2, "c1");
            HallEvent called = next(HallEvent.class);
            assertThat(called.kind()).isEqualTo("CALLED");
            assertThat(called.number()).isEqualTo("A001");
            assertThat(called.window()).isEqualTo(2);

            node.close();
            Connection lost = next(Connection.class);
            assertThat(lost.reachable()).isFalse();
            assertThat(lost.detail()).contains("NODE_UNREACHABLE");
            node = HallNode.start(HallFixtures.queue(db, Clock.systemUTC()), InetAddress.getLoopbackAddress(), port, tokens);
            assertThat(next(Connection.class).reachable()).isTrue();
            HallBoard fresh = next(HallBoard.class);
            assertThat(fresh.recentCalls()).extracting(HallEvent::number).containsExactly("A001");
            kiosk.issue("chronic", null, false, "after");
            HallEvent issued = next(HallEvent.class);
            assertThat(issued.kind()).isEqualTo("ISSUED");
            assertThat(issued.number()).isEqualTo("B001");
            assertThat(List.copyOf(heard)).as("nothing delivered twice").isEmpty();
        }
    }
}
