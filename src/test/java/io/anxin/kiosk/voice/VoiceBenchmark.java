package io.anxin.kiosk.voice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voice timings on this machine with espeak-ng and the default sound line (ALSA null device in CI).
 * Run: {@code mvn -B test -Dsurefire.groups=benchmark -Dsurefire.excludedGroups=soak -Dtest=VoiceBenchmark}.
 * Writes target/benchmarks/voice.txt; asserts nothing about time.
 */
@Tag("benchmark")
class VoiceBenchmark {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final int N = 9;

    @TempDir
    Path cacheDir;
    @TempDir
    Path assets;

    @Test
    void measure() throws Exception {
        EspeakNgEngine espeak = new EspeakNgEngine();
        assumeTrue(espeak.availability().available(), "espeak-ng not installed");
        assumeTrue(WavPlayerTest.audioLineAvailable(), "no audio line");
        PromptCatalog catalog = new PromptCatalog("io.anxin.kiosk.voice.benchprompts");
        List<String> keys = catalog.keys(ZH).stream().filter(k -> catalog.isStatic(k, ZH)).toList();
        BlockingQueue<Long> started = new LinkedBlockingQueue<>();
        PlaybackListener listener = new PlaybackListener() {
            @Override
            public void started(WavAudio audio) {
                started.add(System.nanoTime());
            }
        };
        SpeechNormalizer normalizer = new SpeechNormalizer();
        PromptRenderer renderer = new PromptRenderer(catalog, normalizer, espeak, new SpeechCache(cacheDir),
                new RecordedClips(assets));
        List<String> report = new ArrayList<>();
        report.add("# voice benchmark " + LocalDateTime.now() + ", " + espeak.id() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, median of " + N);

        report.add(line("cancel() -> player stopped writing and flushed the line", interruptLatencies()));

        List<Double> synth = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String text = normalizer.normalize(catalog.text(Prompt.of(keys.get(i)), ZH).orElseThrow(), ZH);
            long t0 = System.nanoTime();
            espeak.synthesize(text, ZH, 140);
            synth.add(ms(t0));
        }
        report.add(line("espeak-ng synthesis of one prompt (process run)", synth));

        try (WavPlayer player = new WavPlayer(LineOpener.system(), listener, 80);
             KioskVoice voice = new KioskVoice(renderer, player, VoiceSettings.defaults())) {
            List<Double> uncached = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                uncached.add(speakToFirstFrame(voice, Prompt.of(keys.get(i)), started));
            }
            report.add(line("speak() -> first audio frame, uncached static prompt", uncached));

            List<Double> cached = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                cached.add(speakToFirstFrame(voice, Prompt.of(keys.get(i)), started));
            }
            report.add(line("speak() -> first audio frame, cached static prompt", cached));

            List<Double> personal = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                personal.add(speakToFirstFrame(voice, Prompt.of("greet", "王女士"), started));
            }
            report.add(line("speak() -> first audio frame, prompt with a personal argument (never cached)",
                    personal));

            clear(cacheDir);
            long t0 = System.nanoTime();
            int made = voice.warmUp(keys, ZH).get(5, TimeUnit.MINUTES);
            report.add(String.format(Locale.ROOT, "warm-up of %d static prompts (low-priority thread): %.0f ms",
                    made, ms(t0)));
        }
        Path out = Path.of("target", "benchmarks", "voice.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static List<Double> interruptLatencies() throws InterruptedException {
        BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        PlaybackListener listener = new PlaybackListener() {
            @Override
            public void started(WavAudio audio) {
                events.add(0L);
            }

            @Override
            public void finished(WavAudio audio, boolean interrupted) {
                events.add(System.nanoTime());
            }
        };
        List<Double> latencies = new ArrayList<>();
        try (WavPlayer player = new WavPlayer(LineOpener.system(), listener, 80)) {
            for (int i = 0; i < N; i++) {
                player.play(Tones.sine(22050, 440, 10_000), () -> true);
                events.poll(10, TimeUnit.SECONDS);
                Thread.sleep(200);
                long t0 = System.nanoTime();
                player.stopAll();
                Long end = events.poll(10, TimeUnit.SECONDS);
                latencies.add(end == null ? Double.NaN : (end - t0) / 1e6);
            }
        }
        return latencies;
    }

    private static double speakToFirstFrame(KioskVoice voice, Prompt prompt, BlockingQueue<Long> started)
            throws InterruptedException {
        started.clear();
        long t0 = System.nanoTime();
        voice.speak(prompt);
        Long first = started.poll(30, TimeUnit.SECONDS);
        voice.cancel();
        Thread.sleep(100);
        return first == null ? Double.NaN : (first - t0) / 1e6;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String line(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%s: median %.1f ms (min %.1f, max %.1f)", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
    }
}
