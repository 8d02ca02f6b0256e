package io.anxin.kiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;

/**
 * kill -9 of a process filing submissions in a loop, at random points: afterwards every submission has
 * exactly one outbox entry and vice versa, and every acceptance number the child printed after its
 * commit is in the database.
 */
class OutboxCrashTest {

    private static final Pattern COMMITTED = Pattern.compile("^COMMITTED (\\S+-\\d{8}-\\d{4}) (\\d+) END$");

    @TempDir
    Path dir;

    @Test
    void killedFiveTimesNothingCommittedIsLostAndRowsPairUp() throws Exception {
        crashAndCheck(5, 42L);
    }

    @Test
    @Tag("soak")
    void killedFiftyTimes() throws Exception {
        long seed = System.nanoTime();
        System.out.println("outbox crash soak seed " + seed);
        crashAndCheck(50, seed);
    }

    private void crashAndCheck(int kills, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> printed = new CopyOnWriteArrayList<>();
        List<Long> printedSeqs = new CopyOnWriteArrayList<>();
        for (int k = 0; k < kills; k++) {
            // stdout to a file: destroyForcibly() closes the pipe, and lines still in it would be lost to the check
            Path out = dir.resolve("child-" + k + ".out");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Filer.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
            int wanted = 1 + random.nextInt(40);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committedLines(out).size() < wanted && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(15));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Matcher> lines = committedLines(out);
            lines.forEach(m -> {
                printed.add(m.group(1));
                printedSeqs.add(Long.parseLong(m.group(2)));
            });
            int seen = lines.size();
            assertThat(seen).as("child %d filed before the kill", k).isGreaterThanOrEqualTo(wanted);
        }

        try (DataFolderLock lock = DataFolderLock.acquire(dir, "check"); Database db = Database.open(dir.resolve("db"));
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT COUNT(*) FROM submission s LEFT JOIN outbox o ON o.submission_id = s.id WHERE o.id IS NULL"))
                    .as("submissions without an outbox entry").isZero();
            assertThat(single(s, "SELECT COUNT(*) FROM outbox WHERE submission_id IS NULL"))
                    .as("outbox entries without a submission").isZero();
            assertThat(single(s, "SELECT COUNT(*) FROM submission")).isEqualTo(single(s, "SELECT COUNT(*) FROM outbox"));
            Set<String> stored = new HashSet<>();
            List<Long> seqs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT acceptance_no, seq FROM outbox ORDER BY seq")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    seqs.add(rs.getLong(2));
                }
            }
            Set<String> storedPairs = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT acceptance_no, seq FROM outbox")) {
                while (rs.next()) {
                    storedPairs.add(rs.getString(1) + " " + rs.getLong(2));
                }
            }
            List<String> printedPairs = new ArrayList<>();
            for (int i = 0; i < printed.size(); i++) {
                printedPairs.add(printed.get(i) + " " + printedSeqs.get(i));
            }
            // pairs, not numbers alone: a lost commit would have its acceptance number handed out again
            assertThat(new HashSet<>(printedPairs)).as("no acceptance number printed twice").hasSize(printedPairs.size());
            assertThat(storedPairs).as("every printed (acceptance number, seq) was committed as printed").containsAll(printedPairs);
            assertThat(stored).containsAll(printed);
            assertThat(new HashSet<>(seqs)).as("seqs unique").hasSize(seqs.size());
            assertThat(seqs).containsAll(printedSeqs);
            long rows = single(s, "SELECT COUNT(*) FROM submission");
            System.out.printf("crash test: %d kills, %d printed after commit, %d rows, %d committed but unprinted, "
                    + "max seq %d (gaps %d)%n", kills, printed.size(), rows, rows - printed.size(),
                    seqs.get(seqs.size() - 1), seqs.get(seqs.size() - 1) - seqs.size());
        }
    }

    private static List<Matcher> committedLines(Path out) throws java.io.IOException {
        List<Matcher> lines = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher m = COMMITTED.matcher(line);
            if (m.matches()) {
                lines.add(m);
            }
        }
        return lines;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The child: files submissions until killed, printing each acceptance number after its commit. */
    public static final class Filer {
        public static void main(String[] args) {
            Path dir = Path.of(args[0]);
            DataFolderLock lock = DataFolderLock.acquire(dir, "crash test child");
            Database db = Database.open(dir.resolve("db"));
            FileSubmission service = new FileSubmission(new SubmissionStore(db.dataSource()),
                    Clock.system(ZoneId.of("Asia/Shanghai")), "CRASH-01");
            ResidentIdentity resident = new ResidentIdentity(Optional.empty(), IdNumber.parse("370102195203154320"),
                    IdentityMethod.KEYED, Optional.empty());
            for (long i = 0; ; i++) {
                FiledSubmission f = service.file("remote-care.filing", resident, Map.of("i", i));
                System.out.println("COMMITTED " + f.acceptanceNo() + " " + f.seq() + " END");
                System.out.flush();
            }
        }
    }
}
