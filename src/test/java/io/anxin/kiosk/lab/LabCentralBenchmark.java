package io.anxin.kiosk.lab;

import static io.anxin.kiosk.lab.LabClient.batch;
import static io.anxin.kiosk.lab.LabClient.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lab central throughput and latency over loopback, one client thread; figures go to
 * target/benchmarks/lab-central.txt. Run with {@code mvn test -Dtest=LabCentralBenchmark
 * -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class LabCentralBenchmark {

    static final String TOKEN = "lab-bench-token";

    @TempDir
    Path tmp;

    @Test
    void throughputAndLatency() throws Exception {
        StringBuilder report = new StringBuilder("lab central benchmark (loopback, one client thread, "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        try (LabCentral central = LabCentral.start(LabOptions.builder(tmp.resolve("data"), TOKEN).build())) {
            LabClient client = new LabClient(central.uri(), TOKEN);
            long seq = 0;
            for (int i = 0; i < 50; i++) {
                client.post("/v1/transactions", batch(List.of(entry(++seq))));
                client.get("/v1/reference-data?since=999");
            }
            double[] noDb = new double[300];
            for (int i = 0; i < noDb.length; i++) {
                long t = System.nanoTime();
                client.get("/v1/reference-data?since=999");
                noDb[i] = (System.nanoTime() - t) / 1e6;
            }
            report.append(line("GET reference-data 304 (HTTP only, no database)", noDb, 1));
            for (int size : new int[] {1, 50}) {
                int calls = size == 1 ? 300 : 40;
                double[] ms = new double[calls];
                for (int i = 0; i < calls; i++) {
                    List<ObjectNode> entries = new ArrayList<>();
                    for (int k = 0; k < size; k++) {
                        entries.add(entry(++seq));
                    }
                    String body = batch(entries).toString();
                    long t = System.nanoTime();
                    client.post("/v1/transactions", body);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                report.append(line("POST transactions, new batch of " + size, ms, size));
            }
            double[] hb = new double[200];
            for (int i = 0; i < hb.length; i++) {
                long t = System.nanoTime();
                client.post("/v1/heartbeat", "{\"outboxPending\":0}");
                hb[i] = (System.nanoTime() - t) / 1e6;
            }
            report.append(line("POST heartbeat (one insert)", hb, 1));
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("lab-central.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static String line(String what, double[] ms, int entriesPerCall) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double total = Arrays.stream(ms).sum();
        return String.format("%-50s calls %4d  p50 %6.2f ms  p99 %6.2f ms  %7.0f entries/s%n", what, ms.length,
                s[s.length / 2], s[(int) Math.ceil(s.length * 0.99) - 1], ms.length * entriesPerCall / (total / 1000));
    }
}
