package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.store.DataFolderLock;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.SatisfactionStore;

/** {@code kiosk satisfaction --month}: the monthly report over answers stored through the real store. */
class SatisfactionCommandTest {

    @TempDir
    Path tmp;

    Path config;
    Path data;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void configFolder() throws Exception {
        config = tmp.resolve("config");
        data = tmp.resolve("data");
        Files.createDirectories(config);
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^data\\.dir=.*$", "data.dir=" + data.toString().replace("\\", "\\\\"))
                .replaceFirst("(?m)^terminal\\.id=.*$", "terminal.id=JN-LX-007");
        Files.writeString(config.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    private void answers(String... rows) {
        try (DataFolderLock lock = DataFolderLock.acquire(data, "test");
             Database db = Database.open(data.resolve("db"))) {
            SatisfactionStore store = new SatisfactionStore(db.dataSource());
            for (String row : rows) {
                String[] f = row.split(" ");
                store.record(ServiceCode.fromCode(f[0]).orElseThrow(), SatisfactionRating.fromCode(f[1]).orElseThrow(),
                        Instant.parse(f[2]), "JN-LX-007");
            }
        }
    }

    @Test
    void countsTheMonthPerServiceAndRatingInTheKioskZone() {
        answers("remote-care.filing satisfied 2026-11-03T02:00:00Z",
                "remote-care.filing satisfied 2026-11-20T02:00:00Z",
                "remote-care.filing unsatisfied 2026-11-21T02:00:00Z",
                "chronic.filing basically-satisfied 2026-11-10T02:00:00Z",
                // 2026-10-31 17:00 UTC is 1 November 01:00 in Shanghai: November
                "query.account satisfied 2026-10-31T17:00:00Z",
                // 2026-11-30 16:30 UTC is 1 December 00:30 in Shanghai: not November
                "query.account unsatisfied 2026-11-30T16:30:00Z",
                "remote-care.filing satisfied 2026-12-01T02:00:00Z");

        Run r = run("satisfaction", "--month", "2026-11");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "service\tsatisfied\tbasically-satisfied\tunsatisfied\ttotal",
                "chronic.filing\t0\t1\t0\t1",
                "query.account\t1\t0\t0\t1",
                "remote-care.filing\t2\t0\t1\t3",
                "all\t3\t1\t1\t5");
        assertThat(r.out()).contains("# satisfaction 2026-11 (JN-LX-007, Asia/Shanghai)");
    }

    @Test
    void aMonthWithoutAnswersSaysSo() {
        Run r = run("satisfaction", "--month", "2026-10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("all\t0\t0\t0\t0").contains("# no answers in 2026-10");
    }

    @Test
    void aBadMonthIsAUsageError() {
        Run r = run("satisfaction", "--month", "2026-13");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--month must be YYYY-MM").contains("2026-13");
    }
}
