package io.anxin.kiosk.device.print;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Render-to-file time of the example receipt (PNG + PDF); run with {@code mvn test -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}. */
@Tag("benchmark")
class ReceiptBenchmark {

    private static final int RUNS = 50;

    @Test
    void renderToFile(@TempDir Path dir) throws Exception {
        long loadStart = System.nanoTime();
        ReceiptRenderer renderer = new ReceiptRenderer(ReceiptFonts.bundled(), ReceiptRenderer.WIDTH_80MM);
        double fontLoadMs = (System.nanoTime() - loadStart) / 1e6;
        FilePrinter printer = new FilePrinter(dir, renderer);
        Receipt receipt = ExampleReceipts.chronicFiling();
        for (int i = 0; i < 5; i++) {
            printer.print(receipt);
        }
        double[] renderMs = new double[RUNS];
        double[] fileMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            renderer.render(receipt);
            renderMs[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            printer.print(receipt);
            fileMs[i] = (System.nanoTime() - start) / 1e6;
        }
        String report = String.format("receipt benchmark (example chronic-filing receipt, 576 dots, %d runs after 5 warm-up)%n"
                        + "font load (once, both faces): %.0f ms%n"
                        + "render only, median: %.1f ms%n"
                        + "render to file (PNG + PDF), median: %.1f ms%n",
                RUNS, fontLoadMs, median(renderMs), median(fileMs));
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("receipt.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
