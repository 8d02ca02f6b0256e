package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The build's list of which spoken keys have a recorded clip under assets/audio/<locale>/ and which
 * are synthesized: written to target/voice-clips.txt on every test run, so a hall recording a real
 * voice can see what is left. Also fails on a clip for a key the bundles do not have (a typo).
 */
class PromptClipCoverageTest {

    @Test
    void listsClipsPerLocaleAndFindsNoOrphans() throws Exception {
        PromptCatalog catalog = new PromptCatalog(PromptCatalog.KIOSK_BUNDLE);
        SortedMap<String, SortedSet<String>> clips = RecordedClips.listKeysWithClips(Path.of("assets"));
        StringBuilder out = new StringBuilder("# spoken keys: recorded clip (assets/audio/<locale>/<key>.wav) or synthesized\n");
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String folder = locale.getLanguage().equals("zh") ? "zh_CN" : "en";
            Set<String> keys = new TreeSet<>(catalog.keys(locale));
            Set<String> recorded = clips.getOrDefault(folder, new TreeSet<>());
            assertThat(keys).as("clips in %s must belong to bundle keys", folder).containsAll(recorded);
            long prompts = keys.stream().filter(k -> k.startsWith("prompt.")).count();
            out.append(String.format("%s: %d of %d prompt keys recorded%n", folder,
                    recorded.stream().filter(k -> k.startsWith("prompt.")).count(), prompts));
            for (String key : keys) {
                if (key.startsWith("prompt.")) {
                    out.append(String.format("  %-28s %s%n", key, recorded.contains(key) ? "clip" : "synthesized"));
                }
            }
        }
        Path report = Path.of("target/voice-clips.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        assertThat(report).exists();
    }
}
