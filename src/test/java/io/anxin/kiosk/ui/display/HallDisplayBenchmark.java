package io.anxin.kiosk.ui.display;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.hall.Ticket;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.MutableClock;
import io.anxin.kiosk.voice.RecordingVoice;

/**
 * Call-to-display latency on loopback: a counter's {@code callNext} returns, then how long until the
 * display's view model, fed by a real {@code HallFeed} (long poll) through {@code Platform.runLater},
 * shows that ticket as the current call. Also from the moment the request was sent (the node may
 * notify the feed before the counter has its answer). Figures in target/benchmarks/hall-display.txt;
 * run with {@code mvn test -Dtest=HallDisplayBenchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class HallDisplayBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    @TempDir
    Path dir;

    @Test
    void callToDisplay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        try (HallDisplayRig rig = new HallDisplayRig(dir, clock, new RecordingVoice())) {
            Map<String, Long> shownAt = new ConcurrentHashMap<>();
            KioskUiHarness.onFx(() -> {
                rig.display.model().currentProperty().addListener((obs, was, now) -> {
                    if (now != null) {
                        shownAt.putIfAbsent(now.number(), System.nanoTime());
                    }
                });
                return null;
            });
            HallClient kiosk = rig.client(HallDisplayRig.KIOSK_TOKEN);
            HallClient counter = rig.client(HallDisplayRig.COUNTER_TOKEN);
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                kiosk.issue("general", null, false, "r" + i);
            }
            double[] fromReturn = new double[RUNS];
            double[] fromSend = new double[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long sent = System.nanoTime();
                Ticket t = counter.callNext(2 + i % 2, "c" + i).orElseThrow();
                long returned = System.nanoTime();
                String number = t.number();
                HallDisplayRig.waitFor("display shows " + number, () -> shownAt.containsKey(number));
                if (i >= WARM_UP) {
                    fromReturn[i - WARM_UP] = (shownAt.get(number) - returned) / 1e6;
                    fromSend[i - WARM_UP] = (shownAt.get(number) - sent) / 1e6;
                }
            }
            String report = String.format(Locale.ROOT,
                    "hall display benchmark: call-to-display on loopback (%d calls after %d warm-up; node, H2, HallFeed long poll,"
                            + " Platform.runLater, view model)%n"
                            + "from callNext returned: p50 %.1f ms, p95 %.1f ms, max %.1f ms (negative: the display had it first)%n"
                            + "from callNext sent:     p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    RUNS, WARM_UP, percentile(fromReturn, 50), percentile(fromReturn, 95), max(fromReturn),
                    percentile(fromSend, 50), percentile(fromSend, 95), max(fromSend));
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("hall-display.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
