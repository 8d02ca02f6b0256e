package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptRendererTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path cacheDir;
    @TempDir
    Path assets;

    private final FakeEngine fake = new FakeEngine();

    private PromptRenderer renderer(SpeechEngine engine) {
        return new PromptRenderer(new PromptCatalog(PromptCatalogTest.BUNDLE), new SpeechNormalizer(), engine,
                new SpeechCache(cacheDir), new RecordedClips(assets));
    }

    @Test
    void staticPromptIsSynthesizedOnceThenServedFromTheCache() throws IOException {
        CountingEngine counting = new CountingEngine(fake);
        PromptRenderer r = renderer(counting);

        WavAudio first = r.render(Prompt.of("prompt.attract"), ZH, 140).orElseThrow();
        WavAudio second = r.render(Prompt.of("prompt.attract"), ZH, 140).orElseThrow();

        assertThat(counting.calls()).isEqualTo(1);
        assertThat(second.pcm()).isEqualTo(first.pcm());
        assertThat(files(cacheDir)).hasSize(1).allMatch(p -> p.toString().endsWith(".wav"));
        assertThat(fake.texts).containsExactly("请插入社保卡，或点击屏幕开始");
    }

    @Test
    void anotherRateOrLocaleIsAnotherCacheEntry() throws IOException {
        CountingEngine counting = new CountingEngine(fake);
        PromptRenderer r = renderer(counting);
        r.render(Prompt.of("prompt.attract"), ZH, 140);
        r.render(Prompt.of("prompt.attract"), ZH, 120);
        r.render(Prompt.of("prompt.attract"), Locale.ENGLISH, 140);
        assertThat(counting.calls()).isEqualTo(3);
        assertThat(files(cacheDir)).hasSize(3);
    }

    @Test
    void promptsWithArgumentsAndPrivateEntriesNeverTouchTheCache() throws IOException {
        CountingEngine counting = new CountingEngine(fake);
        PromptRenderer r = renderer(counting);

        r.render(Prompt.of("prompt.greet.name", "王女士"), ZH, 140);
        r.render(Prompt.of("prompt.greet.name", "王女士"), ZH, 140);
        r.render(Prompt.privateEntry("prompt.digit.entered", 3), ZH, 140);
        r.render(Prompt.privateEntry("prompt.attract"), ZH, 140);

        assertThat(counting.calls()).isEqualTo(4);
        assertThat(files(cacheDir)).isEmpty();
        assertThat(fake.texts).contains("王女士，您好", "第三位已输入");
    }

    @Test
    void realEngineSecondSynthesisHitsTheCacheAndPrivatePromptsLeaveNoFile() throws IOException {
        EspeakNgEngine espeak = new EspeakNgEngine();
        assumeTrue(espeak.availability().available(), "espeak-ng not installed");
        CountingEngine counting = new CountingEngine(espeak);
        PromptRenderer r = renderer(counting);

        r.render(Prompt.of("prompt.greeting"), ZH, 140).orElseThrow();
        r.render(Prompt.of("prompt.greeting"), ZH, 140).orElseThrow();
        assertThat(counting.calls()).isEqualTo(1);
        List<Path> cached = files(cacheDir);
        assertThat(cached).hasSize(1);
        WavAudio fromDisk = WavAudio.parse(Files.readAllBytes(cached.get(0)));
        assertThat(fromDisk.sampleRate()).isEqualTo(22050);

        r.render(Prompt.privateEntry("prompt.digit.entered", 5), ZH, 140).orElseThrow();
        r.render(Prompt.of("prompt.balance", "1,234.50"), ZH, 140).orElseThrow();
        assertThat(counting.calls()).isEqualTo(3);
        assertThat(files(cacheDir)).isEqualTo(cached);
    }

    @Test
    void recordedClipWinsOverSynthesis() throws IOException {
        Path dir = Files.createDirectories(assets.resolve("audio/zh_CN"));
        Files.write(dir.resolve("prompt.attract.wav"), Tones.labelled("recorded", 200).toWavBytes());
        Files.createDirectories(assets.resolve("audio/en"));
        Files.write(assets.resolve("audio/en/prompt.greeting.wav"), Tones.labelled("hello", 200).toWavBytes());
        PromptRenderer r = renderer(fake);

        assertThat(r.render(Prompt.of("prompt.attract"), ZH, 140).map(Tones::label)).contains("recorded");
        assertThat(r.render(Prompt.of("prompt.greeting"), Locale.UK, 140).map(Tones::label)).contains("hello");
        assertThat(fake.calls()).isZero();
        assertThat(RecordedClips.listKeysWithClips(assets))
                .containsEntry("zh_CN", new java.util.TreeSet<>(List.of("prompt.attract")))
                .containsEntry("en", new java.util.TreeSet<>(List.of("prompt.greeting")));
    }

    @Test
    void unusableClipFallsBackToSynthesis() throws IOException {
        Path dir = Files.createDirectories(assets.resolve("audio/zh"));
        Files.writeString(dir.resolve("prompt.attract.wav"), "not a wav");
        assertThat(renderer(fake).render(Prompt.of("prompt.attract"), ZH, 140)).isPresent();
        assertThat(fake.calls()).isEqualTo(1);
    }

    @Test
    void noClipsFolderListsNothing() {
        assertThat(RecordedClips.listKeysWithClips(assets.resolve("nope"))).isEmpty();
    }

    @Test
    void missingKeySaysNothingWithoutRunningTheEngine() {
        assertThat(renderer(fake).render(Prompt.of("prompt.nope"), ZH, 140)).isEmpty();
        assertThat(fake.calls()).isZero();
    }

    @Test
    void failingEngineIsSilentAndDegraded() {
        fake.failing = true;
        PromptRenderer r = renderer(fake);
        assertThat(r.render(Prompt.of("prompt.attract"), ZH, 140)).isEmpty();
        assertThat(r.status().state()).isEqualTo(VoiceStatus.State.DEGRADED);
        assertThat(r.status().detail()).contains("fake engine failed");
        fake.failing = false;
        r.render(Prompt.of("prompt.attract"), ZH, 140);
        assertThat(r.status().state()).isEqualTo(VoiceStatus.State.OK);
    }

    @Test
    void missingEngineWithoutClipsIsSilent() throws IOException {
        fake.available = false;
        assertThat(renderer(fake).status().state()).isEqualTo(VoiceStatus.State.SILENT);
        Path dir = Files.createDirectories(assets.resolve("audio/zh_CN"));
        Files.write(dir.resolve("prompt.attract.wav"), Tones.labelled("recorded", 200).toWavBytes());
        assertThat(renderer(fake).status().state()).isEqualTo(VoiceStatus.State.DEGRADED);
    }

    @Test
    void warmUpCachesEveryStaticPromptOnce() throws Exception {
        PromptCatalog catalog = new PromptCatalog(PromptCatalogTest.BUNDLE);
        PromptRenderer r = renderer(fake);
        List<String> keys = List.copyOf(catalog.keys(ZH));

        int made = r.warmUp(keys, List.of(ZH, Locale.ENGLISH), l -> 140).get(10, TimeUnit.SECONDS);
        int again = r.warmUp(keys, List.of(ZH, Locale.ENGLISH), l -> 140).get(10, TimeUnit.SECONDS);

        // zh: attract, greeting, idle.static, choice, zh.only; en: the same five (two from the base file)
        assertThat(made).isEqualTo(10);
        assertThat(again).isZero();
        assertThat(files(cacheDir)).hasSize(10);
        int before = fake.calls();
        r.render(Prompt.of("prompt.idle.static"), ZH, 140);
        assertThat(fake.calls()).isEqualTo(before);
    }

    static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
