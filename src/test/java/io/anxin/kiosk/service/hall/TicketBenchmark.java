package io.anxin.kiosk.service.hall;

import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.catalog.QueueCategoryLoader;
import io.anxin.kiosk.device.print.FilePrinter;
import io.anxin.kiosk.device.print.PrinterStatus;
import io.anxin.kiosk.device.print.Receipt;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.device.print.ReceiptRenderer;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallNode;
import io.anxin.kiosk.hall.HallQueue;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.HallQueueStore;

/**
 * What a resident waits for after touching a category: the ticket from a hall node on loopback, the
 * slip rendered and printed (file printer: PNG + PDF), as {@link QueueTickets#take} does it; and the
 * same with a printer that takes the image and does nothing, to separate the node from the slip.
 * Run with {@code mvn test -Dtest=TicketBenchmark -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class TicketBenchmark {

    private static final int RUNS = 200;
    private static final String TOKEN = "bench-token-0123456789abcdef";

    @Test
    void takeATicket(@TempDir Path dir) throws Exception {
        ReceiptFonts fonts = ReceiptFonts.bundled();
        QueueCategories categories = new QueueCategoryLoader().load(Path.of("kiosk-config"));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(dir.resolve("db"))) {
            HallNode node = HallNode.start(new HallQueue(new HallQueueStore(db.dataSource()), categories,
                    Duration.ofMinutes(15), 60, clock.getZone(), clock, Duration.ofMinutes(5)),
                    InetAddress.getLoopbackAddress(), 0, Map.of(TOKEN, "BENCH-01"));
            try {
                HallClient client = new HallClient(URI.create("http://127.0.0.1:" + node.port() + "/"), TOKEN,
                        Duration.ofSeconds(5));
                QueueTickets toFile = new QueueTickets(client, categories, 60, new FilePrinter(dir.resolve("slips"),
                        new ReceiptRenderer(fonts, ReceiptRenderer.WIDTH_80MM)), new TicketSlip(() -> fonts), clock);
                QueueTickets noPaper = new QueueTickets(client, categories, 60, new NullPrinter(),
                        new TicketSlip(() -> fonts), clock);
                for (int i = 0; i < 20; i++) {
                    toFile.take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
                    noPaper.take(TicketKind.ELDERLY, "elderly", 72, Locale.SIMPLIFIED_CHINESE);
                }
                double[] full = new double[RUNS];
                double[] nodeAndRender = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    toFile.take(TicketKind.NORMAL, i % 2 == 0 ? "chronic" : "reimburse", null, Locale.SIMPLIFIED_CHINESE);
                    full[i] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    noPaper.take(TicketKind.NORMAL, "general", null, Locale.SIMPLIFIED_CHINESE);
                    nodeAndRender[i] = (System.nanoTime() - start) / 1e6;
                }
                String report = String.format("ticket benchmark (hall node on loopback, H2 file database, %d tickets each"
                                + " after 40 warm-up; 2-core machine shared with other builds)%n"
                                + "issue + slip render + file print (PNG + PDF): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                                + "issue + slip render, printer discards:       p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        RUNS, pct(full, 50), pct(full, 95), pct(full, 100),
                        pct(nodeAndRender, 50), pct(nodeAndRender, 95), pct(nodeAndRender, 100));
                Path out = Path.of("target", "benchmarks");
                Files.createDirectories(out);
                Files.writeString(out.resolve("ticket.txt"), report, StandardCharsets.UTF_8);
                System.out.print(report);
            } finally {
                node.close();
            }
        }
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Takes the slip and does nothing: what is left is the node round trip and the rendering. */
    private static final class NullPrinter implements ReceiptPrinter {
        private long bytes;

        @Override
        public void print(Receipt receipt) {
        }

        @Override
        public void printSlip(String name, BufferedImage image) {
            bytes += (long) image.getWidth() * image.getHeight();
        }

        @Override
        public int paperWidthDots() {
            return ReceiptRenderer.WIDTH_80MM;
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.READY;
        }
    }
}
