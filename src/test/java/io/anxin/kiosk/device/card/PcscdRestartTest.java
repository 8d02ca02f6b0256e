package io.anxin.kiosk.device.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anxin.kiosk.device.card.CardEvent.ReaderAttached;
import io.anxin.kiosk.device.card.CardEvent.ReaderLost;
import io.anxin.kiosk.device.card.CardEvent.ServiceUnavailable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real pcscd + vpcd: the kiosk's readers come back after pcscd restarts, in the same JVM.
 *
 * <p>Needs root and the Debian packages {@code pcscd pcsc-tools libpcsclite1 vsmartcard-vpcd}
 * (vpcd gives the readers "Virtual PCD 00 00" and "Virtual PCD 00 01"). It KILLS every running
 * pcscd ({@code pkill -x pcscd}) and starts {@code pcscd -f} itself (log in
 * {@code target/pcscd-restart.log}); at the end pcscd is stopped again. Not part of the normal
 * run ({@code surefire.excludedGroups} holds {@code pcscd}). Run it with:
 *
 * <pre>
 * mvn -B test -Dsurefire.excludedGroups=benchmark,soak -Dsurefire.groups=pcscd -Dtest=PcscdRestartTest
 * </pre>
 *
 * <p>Surefire's argLine opens {@code java.smartcardio/sun.security.smartcardio} as the kiosk jar's
 * manifest does. {@link #main} runs the same scenario outside JUnit (used to check {@code java -jar}).
 */
@Tag("pcscd")
class PcscdRestartTest {

    private static final Pattern VIRTUAL_READER = Pattern.compile("Virtual PCD 00 00");
    private static final String READER = "Virtual PCD 00 00";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @AfterAll
    static void stopPcscd() throws Exception {
        Pcscd.kill();
    }

    @Test
    void cardReadersSeeTheVirtualReaderAgainAfterPcscdRestarts() throws Exception {
        assumeTrue(new File("/usr/sbin/pcscd").canExecute(), "pcscd is not installed");
        assertThat(scenario(System.out)).containsExactly("attached", "lost", "attached again");
    }

    /** Same scenario as the test, printing what happens; exit code 0 when the reader came back. */
    public static void main(String[] args) throws Exception {
        List<String> steps = new ArrayList<>();
        try {
            steps = scenario(System.out);
        } finally {
            Pcscd.kill();
        }
        System.out.println("steps: " + steps);
        System.exit(steps.equals(List.of("attached", "lost", "attached again")) ? 0 : 1);
    }

    private static List<String> scenario(java.io.PrintStream out) throws Exception {
        List<String> steps = new ArrayList<>();
        Pcscd.restart();
        out.println("readers with pcscd up: " + names());

        Events events = new Events();
        CardReaders.Timing timing = new CardReaders.Timing(Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofSeconds(3));
        try (CardReaders readers = new CardReaders(PcscTerminals.fresh(), VIRTUAL_READER,
                CardReaderListener.forwardingTo(e -> {
                    out.println("event: " + e);
                    events.add(e);
                }), Sleeper.system(), timing)) {
            readers.start();
            if (events.await(new ReaderAttached(READER)::equals)) {
                steps.add("attached");
            }

            int mark = events.size();
            Pcscd.kill();
            // killing pcscd may first drop the reader from the list, then fail the service: either order
            if (events.await(new ReaderLost(READER)::equals, mark) && events.await(ServiceUnavailable.class::isInstance, mark)) {
                steps.add("lost");
            }
            out.println("fresh TerminalFactory with pcscd down: " + rawList());

            mark = events.size();
            Pcscd.restart();
            if (events.await(new ReaderAttached(READER)::equals, mark)) {
                steps.add("attached again");
            }
        }
        return steps;
    }

    /** Every event so far, in order; waits look from a mark on. */
    private static final class Events {
        private final List<CardEvent> all = new ArrayList<>();

        synchronized void add(CardEvent e) {
            all.add(e);
            notifyAll();
        }

        synchronized int size() {
            return all.size();
        }

        boolean await(Predicate<CardEvent> wanted) throws InterruptedException {
            return await(wanted, 0);
        }

        synchronized boolean await(Predicate<CardEvent> wanted, int from) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (all.subList(from, all.size()).stream().noneMatch(wanted)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            return true;
        }
    }

    /** What the provider itself answers to a brand-new factory (no reset by us). */
    private static String rawList() {
        try {
            return String.valueOf(javax.smartcardio.TerminalFactory.getInstance("PC/SC", null).terminals().list());
        } catch (Exception e) {
            return e + (e.getCause() != null ? " / cause " + e.getCause() : "");
        }
    }

    private static List<String> names() throws Exception {
        return PcscTerminals.fresh().get().list().stream().map(CardTerminal::getName).toList();
    }

    /** pcscd started and stopped by hand (no systemd here). */
    private static final class Pcscd {
        private static Process process;

        static synchronized void restart() throws Exception {
            kill();
            Path log = Path.of("target", "pcscd-restart.log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder("pcscd", "-f").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!Files.exists(Path.of("/run/pcscd/pcscd.comm")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1000);   // let vpcd's readers register
        }

        static synchronized void kill() throws IOException, InterruptedException {
            new ProcessBuilder("pkill", "-x", "pcscd").inheritIO().start().waitFor();
            if (process != null) {
                process.waitFor(10, TimeUnit.SECONDS);
                process = null;
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (new ProcessBuilder("pgrep", "-x", "pcscd").start().waitFor() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }
}
