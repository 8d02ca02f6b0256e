package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;

/** {@code kiosk lab-central}: refusals in-process; a real run in a child JVM stopped by SIGTERM. */
class LabCentralCommandTest {

    static final String TOKEN = "cli-lab-token";

    @TempDir
    Path tmp;

    Path tokenFile;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void token() throws Exception {
        tokenFile = tmp.resolve("token");
        Files.writeString(tokenFile, TOKEN + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpSaysItIsALabToolAndListsTheFlags() {
        Run help = run("lab-central", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("LAB").contains("not the real centre").contains("--fail-rate")
                .contains("--drop-after-commit-rate").contains("--partial-rate").contains("--garbage-rate")
                .contains("--latency-ms").contains("--seed").contains("--bind").contains("--max-batch");
    }

    @Test
    void aTokenFileReadableByOthersIsRefusedWithExitCode2() throws Exception {
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));
        Run r = run("lab-central", "--port", "0", "--data", tmp.resolve("data").toString(),
                "--token-file", tokenFile.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("readable by group or others").contains("chmod 600").doesNotContain(TOKEN);
    }

    @Test
    void badUsageIsExitCode2() throws Exception {
        assertThat(run("lab-central", "--port", "0", "--token-file", tokenFile.toString()).code()).isEqualTo(2);
        Run rate = run("lab-central", "--port", "0", "--data", tmp.resolve("d").toString(),
                "--token-file", tokenFile.toString(), "--fail-rate", "1.5");
        assertThat(rate.code()).isEqualTo(2);
        assertThat(rate.err()).contains("fail rate").contains("1.5");
        Files.writeString(tokenFile, "  \n");
        assertThat(run("lab-central", "--port", "0", "--data", tmp.resolve("d").toString(),
                "--token-file", tokenFile.toString()).err()).contains("empty");
        assertThat(run("lab-central", "--port", "0", "--data", tmp.resolve("d").toString(),
                "--token-file", tmp.resolve("missing").toString()).code()).isEqualTo(2);
    }

    @Test
    void aPortInUseIsExitCode3() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("lab-central", "--port", Integer.toString(taken.getLocalPort()), "--data",
                    tmp.resolve("data").toString(), "--token-file", tokenFile.toString());
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains("in use");
        }
    }

    @Test
    void runsUntilSigtermThenShutsDownCleanlyKeepingWhatItStored() throws Exception {
        Path data = tmp.resolve("data");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), KioskMain.class.getName(),
                "lab-central", "--port", "0", "--data", data.toString(), "--token-file", tokenFile.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).isNotNull().contains("LAB tool").contains("not the real centre");
            Matcher m = Pattern.compile("^lab central listening on (http://127\\.0\\.0\\.1:(\\d+))\\s").matcher(first);
            assertThat(m.find()).as(first).isTrue();

            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(m.group(1) + "/v1/transactions"))
                    .header("Authorization", "Bearer " + TOKEN).header("X-Terminal-Id", "JN-LX-007")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"transactions\":[{\"id\":\"cli-1\",\"seq\":1,"
                            + "\"kind\":\"remote-care.filing\",\"payload\":{}}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"accepted\"");

            p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            StringBuilder rest = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).contains("lab central stopped");
            assertThat(p.exitValue()).isEqualTo(143);
        } finally {
            p.destroyForcibly();
        }
        try (LabCentral again = LabCentral.start(LabOptions.builder(data, TOKEN).build())) {
            assertThat(again.storedIds()).containsEntry("cli-1", 1);
        }
    }
}
