package io.anxin.kiosk.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * espeak-ng as an external process. Text goes in on stdin (no quoting issues, nothing on the
 * command line for {@code ps} to show) and the WAV comes back on stdout, so nothing touches disk
 * here; caching is {@link SpeechCache}'s job. Chinese uses voice {@code cmn-latn-pinyin} (plain
 * {@code cmn} in 1.51 reads pinyin as English), everything else {@code en-us}. Chinese text first
 * gets {@link EspeakPronunciationFixes} (polyphonic characters espeak-ng reads wrongly).
 *
 * <p>Thread-safe: each call runs its own process.
 */
public final class EspeakNgEngine implements SpeechEngine {

    public static final String CHINESE_VOICE = "cmn-latn-pinyin";
    public static final String ENGLISH_VOICE = "en-us";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final Pattern VERSION = Pattern.compile("text-to-speech:\\s*(\\S+)");

    private final String command;
    private final Duration timeout;
    private volatile Availability availability;
    private volatile String id = "espeak-ng";

    /** @param command the executable, {@code espeak-ng} to search the PATH */
    public EspeakNgEngine(String command, Duration timeout) {
        this.command = Objects.requireNonNull(command, "command");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public EspeakNgEngine() {
        this("espeak-ng", DEFAULT_TIMEOUT);
    }

    @Override
    public String id() {
        availability();
        return id;
    }

    @Override
    public String voiceFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE_VOICE : ENGLISH_VOICE;
    }

    @Override
    public Availability availability() {
        Availability a = availability;
        if (a == null) {
            a = probe();
            availability = a;
        }
        return a;
    }

    private Availability probe() {
        try {
            Result r = run(List.of(command, "--version"), new byte[0]);
            String out = new String(r.stdout, StandardCharsets.UTF_8);
            if (r.exitCode != 0) {
                return new Availability(false, command + " --version exited with " + r.exitCode);
            }
            Matcher m = VERSION.matcher(out);
            String version = m.find() ? m.group(1) : "unknown";
            id = "espeak-ng/" + version + "+fixes-" + EspeakPronunciationFixes.REVISION;
            return new Availability(true, "espeak-ng " + version);
        } catch (SpeechException e) {
            return new Availability(false, e.getMessage());
        }
    }

    @Override
    public WavAudio synthesize(String text, Locale locale, int rateWpm) {
        Availability a = availability();
        if (!a.available()) {
            throw new SpeechException(a.detail());
        }
        List<String> args = new ArrayList<>(List.of(command, "-b", "1", "-v", voiceFor(locale),
                "-s", Integer.toString(rateWpm), "--stdout", "--stdin"));
        String spoken = "zh".equals(locale.getLanguage()) ? EspeakPronunciationFixes.apply(text) : text;
        Result r = run(args, (spoken.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        if (r.exitCode != 0) {
            throw new SpeechException("espeak-ng exited with " + r.exitCode + ": " + r.stderr.strip());
        }
        try {
            return WavAudio.parse(r.stdout);
        } catch (IllegalArgumentException e) {
            throw new SpeechException("espeak-ng returned no usable WAV: " + e.getMessage(), e);
        }
    }

    private Result run(List<String> args, byte[] stdin) {
        Process p;
        try {
            p = new ProcessBuilder(args).start();
        } catch (IOException e) {
            throw new SpeechException(command + " cannot be started (is the Debian package espeak-ng installed?): "
                    + e.getMessage(), e);
        }
        // set before the kill: the reading thread can see the stream end before the watchdog's future completes
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            p.destroyForcibly();
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try (OutputStream in = p.getOutputStream(); InputStream out = p.getInputStream();
             InputStream err = p.getErrorStream()) {
            try {
                in.write(stdin);
                in.close();
            } catch (IOException e) {
                // the process ended without reading its input; its exit code and stderr say why
            }
            byte[] audio = out.readAllBytes();
            String errors = new String(err.readNBytes(4096), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || timedOut.get()) {
                p.destroyForcibly();
                throw new SpeechException("espeak-ng timed out after " + timeout.toMillis() + " ms");
            }
            return new Result(p.exitValue(), audio, errors);
        } catch (IOException e) {
            p.destroyForcibly();
            if (timedOut.get()) {
                throw new SpeechException("espeak-ng timed out after " + timeout.toMillis() + " ms", e);
            }
            throw new SpeechException("espeak-ng I/O failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SpeechException("interrupted while espeak-ng was running", e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private record Result(int exitCode, byte[] stdout, String stderr) {
    }
}
