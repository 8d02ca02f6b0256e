package io.anxin.kiosk.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.identify.CentralEvoucherResolver;
import io.anxin.kiosk.service.identify.EvoucherException;
import io.anxin.kiosk.sync.CentralClient;
import io.anxin.kiosk.sync.CentralSettings;

/** The service-layer adapters over the central client: answers become records, failures become the existing kinds. */
class CentralAdaptersTest {

    static final IdNumber ID = IdNumber.parse("370102195203154320");

    record Canned(int status, String body) {
    }

    HttpServer server;
    final Deque<Canned> answers = new ConcurrentLinkedDeque<>();
    CentralLiveData live;
    CentralEvoucherResolver evoucher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            Canned c = answers.poll();
            if (c == null) {
                c = new Canned(500, "");
            }
            byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(c.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        server.start();
        CentralClient client = new CentralClient(new CentralSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "JN-LX-007", "test", Optional.empty(), Optional.empty(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Clock.systemUTC());
        live = new CentralLiveData(client);
        evoucher = new CentralEvoucherResolver(client);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    void answer(int status, String body) {
        answers.add(new Canned(status, body));
    }

    @Test
    void residentRecordIsTranslated() {
        answer(200, """
                { "name": "王秀英", "insuranceType": "resident", "status": "active",
                  "insuredSince": "2008-01-01", "region": "370102",
                  "personalAccount": { "balance": "1234.50", "asOf": "2026-11-22T09:00:00+08:00",
                    "recent": [ { "date": "2026-11-20", "place": "济南市中心医院", "amount": "-36.20" } ] },
                  "chronicQualifications": [ { "disease": "高血压", "validTo": "2027-06-30" } ] }""");
        ResidentRecord r = live.lookup(ID);
        assertThat(r.name()).isEqualTo("王秀英");
        assertThat(r.personalAccount().balance()).isEqualByComparingTo("1234.50");
        assertThat(r.personalAccount().recent()).hasSize(1);
        assertThat(r.chronicQualifications().get(0).disease()).isEqualTo("高血压");
    }

    @Test
    void failuresBecomeLiveDataKinds() {
        answer(404, "");
        answer(401, "");
        answer(200, "{\"broken\":");
        answer(500, "");
        assertThat(kind(() -> live.lookup(ID))).isEqualTo(LiveDataFailure.NOT_FOUND);
        assertThat(kind(() -> live.lookup(ID))).isEqualTo(LiveDataFailure.UNAUTHORIZED);
        assertThat(kind(() -> live.lookup(ID))).isEqualTo(LiveDataFailure.SERVER_ERROR);
        assertThat(kind(() -> live.byReference("SRV-1"))).isEqualTo(LiveDataFailure.SERVER_ERROR);
        server.stop(0);
        LiveDataException offline = (LiveDataException) catchIt(() -> live.byAcceptanceNo("JN-1"));
        assertThat(offline.kind()).isEqualTo(LiveDataFailure.OFFLINE);
        assertThat(offline.getMessage()).doesNotContain(ID.value());
    }

    @Test
    void applicationStatesAndAnUnknownState() {
        answer(200, "{\"reference\":\"SRV-88412\",\"state\":\"needs-materials\",\"updatedAt\":\"2026-11-23T10:00:00+08:00\",\"message\":\"请补交病历\"}");
        answer(200, "{\"reference\":\"SRV-88412\",\"state\":\"lost\",\"updatedAt\":\"2026-11-23T10:00:00+08:00\"}");
        ApplicationStatus s = live.byReference("SRV-88412");
        assertThat(s.state()).isEqualTo(ApplicationStatus.State.NEEDS_MATERIALS);
        assertThat(s.message()).isEqualTo("请补交病历");
        assertThat(kind(() -> live.byAcceptanceNo("JN-LX-007-20261122-0031"))).isEqualTo(LiveDataFailure.SERVER_ERROR);
    }

    @Test
    void evoucherResolvesToAVerifiedIdentity() {
        answer(200, "{\"idNumber\":\"370102195203154320\",\"name\":\"王秀英\",\"insuranceType\":\"resident\"}");
        ResidentIdentity who = evoucher.resolve(" EV-123 ");
        assertThat(who.idNumber()).isEqualTo(ID);
        assertThat(who.method()).isEqualTo(IdentityMethod.EVOUCHER);
        assertThat(who.verified()).isTrue();
        assertThat(who.name()).contains("王秀英");
    }

    @Test
    void evoucherFailureKinds() {
        answer(404, "");
        answer(410, "");
        answer(200, "{\"idNumber\":\"370102195203154321\",\"name\":\"王秀英\",\"insuranceType\":\"resident\"}");
        answer(403, "");
        assertThat(evKind(() -> evoucher.resolve("A"))).isEqualTo(EvoucherException.Kind.UNKNOWN);
        assertThat(evKind(() -> evoucher.resolve("B"))).isEqualTo(EvoucherException.Kind.EXPIRED);
        EvoucherException bad = (EvoucherException) catchIt(() -> evoucher.resolve("C"));
        assertThat(bad.kind()).isEqualTo(EvoucherException.Kind.FAILED);
        assertThat(bad.getMessage()).doesNotContain("370102195203154321").doesNotContain("王秀英");
        assertThat(evKind(() -> evoucher.resolve("D"))).isEqualTo(EvoucherException.Kind.FAILED);
        assertThat(evKind(() -> evoucher.resolve("  "))).isEqualTo(EvoucherException.Kind.UNKNOWN);
        server.stop(0);
        assertThat(evKind(() -> evoucher.resolve("E"))).isEqualTo(EvoucherException.Kind.OFFLINE);
    }

    static LiveDataFailure kind(Runnable r) {
        return ((LiveDataException) catchIt(r)).kind();
    }

    static EvoucherException.Kind evKind(Runnable r) {
        return ((EvoucherException) catchIt(r)).kind();
    }

    static RuntimeException catchIt(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }

}
