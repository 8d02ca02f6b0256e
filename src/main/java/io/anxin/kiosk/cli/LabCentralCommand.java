package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabException;
import io.anxin.kiosk.lab.LabOptions;
import io.anxin.kiosk.lab.TokenFile;

/**
 * {@code kiosk lab-central}: runs a lab central server (docs/lab-central.md) until killed. A lab tool
 * for tests, benchmarks, technicians and demo mode, not the real centre.
 */
@Command(name = "lab-central", mixinStandardHelpOptions = true,
        description = {"Run a LAB central server (specs/central-sync.md) until killed: a lab tool for tests, "
                + "benchmarks, technicians and demo mode, not the real centre. Plain HTTP, demo residents, "
                + "drill entries stored, optional fault injection. Loopback only unless --bind.",
                "Reads demo residents and reference data from the --config folder (default ./kiosk-config)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:bad usage (options, token file, config folder)",
                "3:port in use, or the data folder is used by another lab central",
                "143:stopped by SIGTERM (clean shutdown)"})
public final class LabCentralCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, paramLabel = "N", description = "TCP port; 0 picks a free one")
    int port;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder of the lab's own database")
    Path data;

    @Option(names = "--token-file", required = true, paramLabel = "F",
            description = "file holding the bearer token the kiosk sends; must not be readable by group or others")
    Path tokenFile;

    @Option(names = "--bind", paramLabel = "ADDR", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--max-batch", paramLabel = "N", description = "largest batch taken; larger gets 413 (default "
            + LabOptions.DEFAULT_MAX_BATCH + ")")
    int maxBatch = LabOptions.DEFAULT_MAX_BATCH;

    @Option(names = "--fail-rate", paramLabel = "0..1", description = "fraction of calls answered 500 before storing")
    double failRate;

    @Option(names = "--drop-after-commit-rate", paramLabel = "0..1",
            description = "fraction of batches stored and committed, then cut without an answer")
    double dropAfterCommitRate;

    @Option(names = "--partial-rate", paramLabel = "0..1", description = "fraction of answers missing one result")
    double partialRate;

    @Option(names = "--garbage-rate", paramLabel = "0..1", description = "fraction of 200 answers whose body is not JSON")
    double garbageRate;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "delay before every answer")
    long latencyMs;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the fault draws (default 1)")
    long seed = 1L;

    @Option(names = "--review-after", paramLabel = "SECONDS",
            description = "seconds an entry stays 'received' (default 120)")
    long reviewAfterSeconds = LabOptions.DEFAULT_REVIEW_AFTER.toSeconds();

    @Option(names = "--decide-after", paramLabel = "SECONDS",
            description = "seconds until an entry gets its final state (default 600)")
    long decideAfterSeconds = LabOptions.DEFAULT_DECIDE_AFTER.toSeconds();

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabCentral central;
        try {
            LabOptions options = LabOptions.builder(data, TokenFile.read(tokenFile))
                    .bind(address()).port(port).configDir(parent.configDir()).maxBatch(maxBatch)
                    .failRate(failRate).dropAfterCommitRate(dropAfterCommitRate).partialRate(partialRate)
                    .garbageRate(garbageRate).latencyMs(latencyMs).seed(seed)
                    .reviewAfter(java.time.Duration.ofSeconds(reviewAfterSeconds))
                    .decideAfter(java.time.Duration.ofSeconds(decideAfterSeconds)).build();
            central = LabCentral.start(options);
        } catch (LabException e) {
            err.println("kiosk lab-central: " + e.getMessage());
            return switch (e.kind()) {
                case USAGE -> ExitCodes.USAGE;
                case UNAVAILABLE -> ExitCodes.UNAVAILABLE;
                case STORE -> ExitCodes.FAILED;
            };
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            central.close();
            out.println("lab central stopped");
            out.flush();
            stopped.countDown();
        }, "lab-central-shutdown"));
        out.println("lab central listening on " + central.uri() + "  (a LAB tool for tests and demos, not the real centre)");
        out.println("data: " + data.toAbsolutePath() + "; reference-data version " + central.referenceDataVersion());
        out.printf("faults: fail %.3f, drop-after-commit %.3f, partial %.3f, garbage %.3f, latency %d ms, seed %d%n",
                failRate, dropAfterCommitRate, partialRate, garbageRate, latencyMs, seed);
        out.println("stop with Ctrl-C or SIGTERM");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private InetAddress address() {
        if (bind == null) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new LabException(LabException.Kind.USAGE, "--bind " + bind + " is not an address of this machine");
        }
    }
}
