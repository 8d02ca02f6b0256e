package io.anxin.kiosk.lab;

import static io.anxin.kiosk.lab.LabClient.batch;
import static io.anxin.kiosk.lab.LabClient.entry;
import static io.anxin.kiosk.lab.LabClient.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault flag's effect, measured over many real HTTP calls. */
class LabFaultsTest {

    static final String TOKEN = "lab-faults-token";

    @TempDir
    Path tmp;

    LabCentral start(String data, UnaryOperator<LabOptions.Builder> faults) {
        return LabCentral.start(faults.apply(LabOptions.builder(tmp.resolve(data), TOKEN).seed(42)).build());
    }

    @Test
    void failRateFailsAboutThatShareOfBatchesBeforeStoringAnything() throws Exception {
        try (LabCentral central = start("fail", b -> b.failRate(0.3))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            int failed = 0;
            Set<String> accepted = new HashSet<>();
            for (int i = 1; i <= 1000; i++) {
                ObjectNode e = entry(i);
                HttpResponse<String> r = client.post("/v1/transactions", batch(List.of(e)));
                if (r.statusCode() == 500) {
                    failed++;
                    assertThat(parse(r).get("error").get("code").asText()).isEqualTo("INJECTED_FAILURE");
                } else {
                    assertThat(r.statusCode()).isEqualTo(200);
                    accepted.add(e.get("id").asText());
                }
            }
            assertThat(failed).isBetween(250, 350);
            assertThat(central.faultsInjected().get(Fault.FAIL)).isEqualTo(failed);
            assertThat(central.storedIds().keySet()).isEqualTo(accepted);
            assertThat(central.storedIds()).hasSize(1000 - failed);
        }
    }

    @Test
    void dropAfterCommitStoresTheBatchThenCutsTheConnection() throws Exception {
        try (LabCentral central = start("drop", b -> b.dropAfterCommitRate(0.25))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            List<ObjectNode> cut = new ArrayList<>();
            int answered = 0;
            for (int i = 1; i <= 200; i++) {
                List<ObjectNode> entries = List.of(entry(2 * i), entry(2 * i + 1));
                try {
                    HttpResponse<String> r = client.post("/v1/transactions", batch(entries));
                    assertThat(r.statusCode()).isEqualTo(200);
                    answered++;
                } catch (IOException e) {
                    cut.addAll(entries);
                }
            }
            assertThat(cut.size() / 2).isBetween(30, 70).isEqualTo(central.faultsInjected().get(Fault.DROP_AFTER_COMMIT));
            assertThat(answered + cut.size() / 2).isEqualTo(200);
            assertThat(central.storedIds()).hasSize(400);
            for (ObjectNode e : cut) {
                assertThat(central.storedIds()).containsKey(e.get("id").asText());
            }
            // what a correct client does next: send the same entries again; they are duplicates, stored once
            try (LabCentral calm = restartWithoutFaults(central, "drop")) {
                LabClient again = new LabClient(calm.uri(), TOKEN);
                JsonNode results = parse(again.post("/v1/transactions", batch(cut.subList(0, 2)))).get("results");
                assertThat(results.get(0).get("status").asText()).isEqualTo("duplicate");
                assertThat(results.get(1).get("status").asText()).isEqualTo("duplicate");
                assertThat(calm.storedIds()).hasSize(400);
                assertThat(calm.storedIds().get(cut.get(0).get("id").asText())).isEqualTo(2);
            }
        }
    }

    @Test
    void partialRateLeavesOneResultOutButStoresEveryEntry() throws Exception {
        try (LabCentral central = start("partial", b -> b.partialRate(0.4))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            int partial = 0;
            for (int i = 0; i < 200; i++) {
                List<ObjectNode> entries = List.of(entry(3 * i), entry(3 * i + 1), entry(3 * i + 2));
                JsonNode results = parse(client.post("/v1/transactions", batch(entries))).get("results");
                if (results.size() == 2) {
                    partial++;
                    Set<String> answered = new HashSet<>();
                    results.forEach(r -> answered.add(r.get("id").asText()));
                    assertThat(entries.stream().filter(e -> !answered.contains(e.get("id").asText()))).hasSize(1);
                } else {
                    assertThat(results).hasSize(3);
                }
            }
            assertThat(partial).isBetween(55, 105).isEqualTo(central.faultsInjected().get(Fault.PARTIAL));
            assertThat(central.storedIds()).hasSize(600);
        }
    }

    @Test
    void garbageRateAnswers200WithABodyThatIsNotJson() throws Exception {
        try (LabCentral central = start("garbage", b -> b.garbageRate(0.25))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            int garbage = 0;
            for (int i = 1; i <= 400; i++) {
                HttpResponse<String> r = client.post("/v1/transactions", batch(List.of(entry(i))));
                assertThat(r.statusCode()).isEqualTo(200);
                try {
                    parse(r);
                } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                    garbage++;
                }
            }
            assertThat(garbage).isBetween(70, 130).isEqualTo(central.faultsInjected().get(Fault.GARBAGE));
            assertThat(central.storedIds()).hasSize(400);
            // 204 and 4xx answers stay as they are
            assertThat(client.post("/v1/heartbeat", "{}").statusCode()).isEqualTo(204);
            assertThat(client.get("/v1/applications/SRV-1").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aClientThatRetriesUntilEveryEntryHasAResultGetsEachStoredOnceInOrderUnderAllFaults() throws Exception {
        try (LabCentral central = start("all", b -> b.failRate(0.2).dropAfterCommitRate(0.2).partialRate(0.2)
                .garbageRate(0.2))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            List<ObjectNode> outbox = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                outbox.add(entry(i));
            }
            Set<String> delivered = new HashSet<>();
            int calls = 0;
            int failures = 0;
            while (delivered.size() < outbox.size() && calls < 2000) {
                List<ObjectNode> next = outbox.stream().filter(e -> !delivered.contains(e.get("id").asText()))
                        .limit(10).toList();
                calls++;
                try {
                    HttpResponse<String> r = client.post("/v1/transactions", batch(next));
                    if (r.statusCode() != 200) {
                        failures++;
                        continue;
                    }
                    for (JsonNode result : parse(r).get("results")) {
                        assertThat(result.get("status").asText()).isIn("accepted", "duplicate");
                        delivered.add(result.get("id").asText());
                    }
                } catch (IOException cutOrGarbage) {
                    failures++;
                }
            }
            assertThat(delivered).hasSize(300);
            assertThat(failures).isPositive();
            assertThat(central.storedIds()).hasSize(300);
            assertThat(central.arrivalOrder()).containsExactlyElementsOf(
                    outbox.stream().map(e -> e.get("id").asText()).toList());
            assertThat(central.storedIds().values().stream().mapToInt(Integer::intValue).sum())
                    .as("duplicates were sent and recognised").isGreaterThan(300);
            Map<Fault, Integer> injected = central.faultsInjected();
            assertThat(injected.values()).allMatch(n -> n > 0);
        }
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        try (LabCentral central = start("latency", b -> b.latencyMs(150))) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                client.get("/v1/reference-data?since=999");
            }
            // a lower bound only: sleeping never returns early, so this cannot flake on a busy machine
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(4 * 150);
        }
    }

    @Test
    void theSameSeedInjectsTheSameFaultsAndAnotherSeedOthers() throws Exception {
        List<Integer> first = statuses("seed-a", 7);
        List<Integer> second = statuses("seed-b", 7);
        List<Integer> other = statuses("seed-c", 8);

        assertThat(first).isEqualTo(second).contains(500).contains(204);
        assertThat(other).isNotEqualTo(first);
    }

    private List<Integer> statuses(String data, long seed) throws Exception {
        try (LabCentral central = LabCentral.start(LabOptions.builder(tmp.resolve(data), TOKEN).seed(seed)
                .failRate(0.5).build())) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                out.add(client.post("/v1/heartbeat", "{}").statusCode());
            }
            return out;
        }
    }

    private LabCentral restartWithoutFaults(LabCentral central, String data) {
        central.close();
        return LabCentral.start(LabOptions.builder(tmp.resolve(data), TOKEN).build());
    }
}
