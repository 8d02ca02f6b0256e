package io.anxin.kiosk.lab;

import static io.anxin.kiosk.lab.LabClient.batch;
import static io.anxin.kiosk.lab.LabClient.entry;
import static io.anxin.kiosk.lab.LabClient.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.ui.demo.DemoPanelViewModel;

/** Applications, residents, e-vouchers and reference data, over real HTTP with the repo's kiosk-config. */
class LabQueriesTest {

    static final String TOKEN = "lab-queries-token";
    static final String WANG = "370102195203154320";
    static final String ZHAO_EXPIRED_CARD = "440104195506120532";

    @TempDir
    Path tmp;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), java.time.ZoneOffset.UTC);
    LabCentral central;
    LabClient client;

    @BeforeEach
    void start() {
        central = LabCentral.start(options(Path.of("kiosk-config")));
        client = new LabClient(central.uri(), TOKEN);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    LabOptions options(Path config) {
        return LabOptions.builder(tmp.resolve("data"), TOKEN).clock(clock).configDir(config)
                .reviewAfter(Duration.ofMinutes(2)).decideAfter(Duration.ofMinutes(10)).build();
    }

    @Test
    void anApplicationMovesFromReceivedThroughReviewToItsFinalState() throws Exception {
        client.post("/v1/transactions", batch(List.of(entry(1))));

        JsonNode first = parse(client.get("/v1/applications/SRV-10001"));
        clock.advance(Duration.ofMinutes(2));
        JsonNode review = parse(client.get("/v1/applications/SRV-10001"));
        clock.advance(Duration.ofMinutes(8));
        JsonNode decided = parse(client.get("/v1/applications/SRV-10001"));

        assertThat(first.get("reference").asText()).isEqualTo("SRV-10001");
        assertThat(first.get("state").asText()).isEqualTo("received");
        assertThat(OffsetDateTime.parse(first.get("updatedAt").asText()).toInstant())
                .isEqualTo(Instant.parse("2026-11-22T01:00:00Z"));
        assertThat(first.get("updatedAt").asText()).endsWith("+08:00");
        assertThat(first.get("message").asText()).isNotBlank();
        assertThat(review.get("state").asText()).isEqualTo("under-review");
        assertThat(OffsetDateTime.parse(review.get("updatedAt").asText()).toInstant())
                .isEqualTo(Instant.parse("2026-11-22T01:02:00Z"));
        assertThat(decided.get("state").asText()).isEqualTo("approved"); // last digit 1
        assertThat(decided.get("message").asText()).isNotEqualTo(first.get("message").asText());
    }

    @Test
    void theFinalStateFollowsTheLastDigitOfTheReference() throws Exception {
        List<ObjectNode> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(entry(i));
        }
        ObjectNode drill = entry(19).put("drill", true); // becomes SRV-10019: digit 9, but a drill
        client.post("/v1/transactions", batch(ten));
        client.post("/v1/transactions", batch(List.of(entry(11), entry(12), entry(13), entry(14), entry(15),
                entry(16), entry(17), entry(18))));
        client.post("/v1/transactions", batch(List.of(drill)));
        clock.advance(Duration.ofMinutes(10));

        List<String> states = new ArrayList<>();
        for (int n = 10001; n <= 10010; n++) {
            states.add(parse(client.get("/v1/applications/SRV-" + n)).get("state").asText());
        }

        assertThat(states).containsExactly("approved", "approved", "approved", "approved", "approved", "approved",
                "needs-materials", "needs-materials", "denied", "approved");
        assertThat(parse(client.get("/v1/applications/SRV-10019")).get("state").asText()).isEqualTo("approved");
    }

    @Test
    void anApplicationIsFoundByAcceptanceNumber() throws Exception {
        ObjectNode e = entry(UUIDs.next(), 7, "chronic-disease.filing", "JN-LX-007-20261122-0031",
                LabClient.JSON.createObjectNode());
        client.post("/v1/transactions", batch(List.of(entry(1), e)));

        HttpResponse<String> r = client.get("/v1/applications?acceptanceNo="
                + URLEncoder.encode("JN-LX-007-20261122-0031", StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(parse(r).get("reference").asText()).isEqualTo("SRV-10002");
        assertThat(parse(r).get("acceptanceNo").asText()).isEqualTo("JN-LX-007-20261122-0031");
    }

    @Test
    void unknownApplicationsAre404AndAQueryWithoutKeyIs400() throws Exception {
        assertThat(client.get("/v1/applications/SRV-99999").statusCode()).isEqualTo(404);
        assertThat(client.get("/v1/applications/nonsense").statusCode()).isEqualTo(404);
        assertThat(client.get("/v1/applications?acceptanceNo=JN-NONE-1").statusCode()).isEqualTo(404);
        assertThat(client.get("/v1/applications").statusCode()).isEqualTo(400);
    }

    @Test
    void aDemoResidentHasDeterministicAccountData() throws Exception {
        HttpResponse<String> r = client.post("/v1/residents/lookup", "{\"idNumber\":\"" + WANG + "\"}");
        HttpResponse<String> again = client.post("/v1/residents/lookup", "{\"idNumber\":\"" + WANG + "\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(r.body());
        JsonNode p = parse(r);
        assertThat(p.get("name").asText()).isEqualTo("王秀英");
        assertThat(p.get("insuranceType").asText()).isIn("employee", "resident");
        assertThat(p.get("status").asText()).isEqualTo("active");
        assertThat(p.get("region").asText()).isEqualTo("370102");
        assertThat(LocalDate.parse(p.get("insuredSince").asText())).isBefore(LocalDate.of(2026, 1, 2));
        JsonNode account = p.get("personalAccount");
        assertThat(new BigDecimal(account.get("balance").asText())).isPositive();
        assertThat(account.get("balance").asText()).matches("\\d+\\.\\d{2}");
        OffsetDateTime.parse(account.get("asOf").asText());
        JsonNode recent = account.get("recent");
        assertThat(recent.size()).isBetween(3, 5);
        for (JsonNode line : recent) {
            assertThat(line.get("amount").asText()).matches("-\\d+\\.\\d{2}");
            assertThat(line.get("place").asText()).containsAnyOf("医院", "药房");
            assertThat(LocalDate.parse(line.get("date").asText())).isBefore(LocalDate.of(2026, 11, 22));
        }
        assertThat(p.get("chronicQualifications").isArray()).isTrue();
    }

    @Test
    void everyDemoResidentIsKnownAndTheyDiffer() throws Exception {
        List<String> ids = List.of(WANG, "370202195808220816", "11010519491231002X", ZHAO_EXPIRED_CARD,
                "310104194803071024", "640102196209180319");
        List<String> balances = new ArrayList<>();
        boolean anyChronic = false;
        List<String> diseaseRows = Files.readAllLines(Path.of("kiosk-config/diseases.csv")).stream()
                .map(l -> l.split(",")).filter(f -> f.length > 2).map(f -> f[0] + "," + f[2]).toList();
        for (String id : ids) {
            HttpResponse<String> r = client.post("/v1/residents/lookup", "{\"idNumber\":\"" + id + "\"}");
            assertThat(r.statusCode()).as(id).isEqualTo(200);
            JsonNode p = parse(r);
            balances.add(p.get("personalAccount").get("balance").asText());
            assertThat(p.get("personalAccount").get("asOf").asText()).matches(".*T\\d\\d:\\d\\d:\\d\\d\\+08:00");
            for (JsonNode q : p.get("chronicQualifications")) {
                anyChronic = true;
                assertThat(diseaseRows).as("disease of " + id + " is in the catalog for its insurance type")
                        .contains(q.get("disease").asText() + "," + p.get("insuranceType").asText());
                assertThat(LocalDate.parse(q.get("validTo").asText())).isAfter(LocalDate.of(2026, 11, 22));
            }
        }
        assertThat(balances).doesNotHaveDuplicates();
        assertThat(anyChronic).isTrue();
        JsonNode zhao = parse(client.post("/v1/residents/lookup", "{\"idNumber\":\"" + ZHAO_EXPIRED_CARD + "\"}"));
        assertThat(zhao.get("status").asText()).isEqualTo("suspended");
        assertThat(client.post("/v1/residents/lookup", "{\"idNumber\":\"11010519491231002x\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownPersonIs404AndABadBodyIs400() throws Exception {
        assertThat(client.post("/v1/residents/lookup", "{\"idNumber\":\"110105194912310021\"}").statusCode())
                .isEqualTo(404);
        assertThat(client.post("/v1/residents/lookup", "{\"id\":\"" + WANG + "\"}").statusCode()).isEqualTo(400);
        assertThat(client.post("/v1/residents/lookup", "idNumber=" + WANG).statusCode()).isEqualTo(400);
    }

    @Test
    void theDemoPanelsEvoucherResolves() throws Exception {
        HttpResponse<String> r = client.post("/v1/evoucher/resolve",
                LabClient.JSON.createObjectNode().put("token", DemoPanelViewModel.SAMPLE_EVOUCHER));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode v = parse(r);
        assertThat(v.get("idNumber").asText()).isEqualTo(WANG);
        assertThat(v.get("name").asText()).isEqualTo("王秀英");
        JsonNode looked = parse(client.post("/v1/residents/lookup", "{\"idNumber\":\"" + WANG + "\"}"));
        assertThat(v.get("insuranceType").asText()).isEqualTo(looked.get("insuranceType").asText());
        assertThat(OffsetDateTime.parse(v.get("expiresAt").asText()).toInstant()).isAfter(clock.instant());
    }

    @Test
    void anExpiredTokenIs410AndAnUnknownOne404() throws Exception {
        assertThat(client.post("/v1/evoucher/resolve", "{\"token\":\"DEMO-EVOUCHER-" + WANG + "-EXPIRED\"}")
                .statusCode()).isEqualTo(410);
        assertThat(client.post("/v1/evoucher/resolve", "{\"token\":\"DEMO-EVOUCHER-110105194912310021-TOKEN\"}")
                .statusCode()).isEqualTo(404);
        assertThat(client.post("/v1/evoucher/resolve", "{\"token\":\"https://example.invalid/qr\"}").statusCode())
                .isEqualTo(404);
        assertThat(client.post("/v1/evoucher/resolve", "{\"token\":\"\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void referenceDataComesFromTheCatalogsAnd304WhenCurrent() throws Exception {
        HttpResponse<String> r = client.get("/v1/reference-data");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = parse(r);
        int version = body.get("version").asInt();
        assertThat(version).isEqualTo(1).isEqualTo(central.referenceDataVersion());
        JsonNode datasets = body.get("datasets");
        assertThat(datasets.get("services").size()).isEqualTo(dataLines("services.csv"));
        assertThat(datasets.get("diseases").size()).isEqualTo(dataLines("diseases.csv"));
        assertThat(datasets.get("diseases").get(0).has("rule")).isTrue();
        assertThat(datasets.get("destinations").size()).isEqualTo(dataLines("destinations.csv"));
        assertThat(datasets.get("hall").get("name").asText()).contains("济南");
        try (Stream<Path> policy = Files.list(Path.of("kiosk-config/policy"))) {
            assertThat(datasets.get("policy").size()).isEqualTo(policy.count());
        }
        assertThat(client.get("/v1/reference-data?since=" + version).statusCode()).isEqualTo(304);
        assertThat(client.get("/v1/reference-data?since=" + (version + 3)).statusCode()).isEqualTo(304);
        assertThat(client.get("/v1/reference-data?since=0").statusCode()).isEqualTo(200);
        assertThat(client.get("/v1/reference-data?since=seventeen").statusCode()).isEqualTo(400);
    }

    @Test
    void changedCatalogsGetANewVersionAtTheNextStartAndUnchangedKeepTheirs() throws Exception {
        Path config = tmp.resolve("config");
        copy(Path.of("kiosk-config"), config);
        central.close();
        central = LabCentral.start(options(config));
        assertThat(central.referenceDataVersion()).isEqualTo(1);
        central.close();
        central = LabCentral.start(options(config));
        assertThat(central.referenceDataVersion()).isEqualTo(1);
        central.close();
        Files.writeString(config.resolve("hall.properties"), "\n# edited by a technician\n",
                StandardOpenOption.APPEND);

        central = LabCentral.start(options(config));
        client = new LabClient(central.uri(), TOKEN);

        assertThat(central.referenceDataVersion()).isEqualTo(2);
        assertThat(client.get("/v1/reference-data?since=1").statusCode()).isEqualTo(200);
        assertThat(client.get("/v1/reference-data?since=2").statusCode()).isEqualTo(304);
    }

    @Test
    void invalidCatalogsStopTheStartWithAUsageError() throws Exception {
        Path config = tmp.resolve("broken");
        copy(Path.of("kiosk-config"), config);
        Files.writeString(config.resolve("diseases.csv"), "nonsense,header\n1,2\n");
        central.close();

        LabException e = org.junit.jupiter.api.Assertions.assertThrows(LabException.class,
                () -> LabCentral.start(options(config)));
        assertThat(e.kind()).isEqualTo(LabException.Kind.USAGE);
        assertThat(e.getMessage()).contains("diseases.csv");
        central = LabCentral.start(options(Path.of("kiosk-config")));
    }

    private static long dataLines(String file) throws Exception {
        return Files.readAllLines(Path.of("kiosk-config", file)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Fresh entry ids. */
    static final class UUIDs {
        static String next() {
            return java.util.UUID.randomUUID().toString();
        }
    }
}
