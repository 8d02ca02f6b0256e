package io.anxin.kiosk.voice;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prompts recorded by a person: {@code <assets>/audio/<locale>/<key>.wav}, 16-bit PCM WAV. A clip
 * wins over synthesis for a prompt without arguments. The locale folder is tried as
 * {@code zh_CN}, then {@code zh-CN}, then the bare language ({@code zh}).
 *
 * <p>Thread-safe. An unusable clip is logged once and ignored (the prompt is synthesized).
 */
public final class RecordedClips {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedClips.class);
    private static final String SUFFIX = ".wav";

    private final Path assetsDir;
    private final Path audioDir;
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    /** @param assetsDir the assets folder (holding {@code audio/}) */
    public RecordedClips(Path assetsDir) {
        this.assetsDir = Objects.requireNonNull(assetsDir, "assetsDir");
        this.audioDir = assetsDir.resolve("audio");
    }

    /** True when no clip exists for any locale. */
    public boolean isEmpty() {
        try {
            return listKeysWithClips(assetsDir).values().stream().allMatch(Set::isEmpty);
        } catch (SpeechException e) {
            return true;
        }
    }

    /** The clip for {@code key} in {@code locale}, if one is present and readable. */
    public Optional<WavAudio> clip(String key, Locale locale) {
        if (key.contains("/") || key.contains("\\") || key.startsWith(".")) {
            return Optional.empty();
        }
        for (String folder : folders(locale)) {
            Path file = audioDir.resolve(folder).resolve(key + SUFFIX);
            try {
                return Optional.of(WavAudio.parse(Files.readAllBytes(file)));
            } catch (NoSuchFileException e) {
                // try the next folder
            } catch (IOException | IllegalArgumentException e) {
                if (reported.add(file)) {
                    LOG.warn("recorded clip {} unusable, synthesizing instead: {}", file, e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> folders(Locale locale) {
        List<String> folders = new ArrayList<>();
        folders.add(locale.toString());
        if (!folders.contains(locale.toLanguageTag())) {
            folders.add(locale.toLanguageTag());
        }
        if (!folders.contains(locale.getLanguage())) {
            folders.add(locale.getLanguage());
        }
        return folders;
    }

    /**
     * Which keys have a clip, per locale folder: {@code {"en" -> [...], "zh_CN" -> [...]}}. For the
     * build and the technician's doctor command. An absent audio folder gives an empty map.
     */
    public static SortedMap<String, SortedSet<String>> listKeysWithClips(Path assetsDir) {
        Path audio = assetsDir.resolve("audio");
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        if (!Files.isDirectory(audio)) {
            return result;
        }
        try (DirectoryStream<Path> locales = Files.newDirectoryStream(audio, Files::isDirectory)) {
            for (Path localeDir : locales) {
                SortedSet<String> keys = new TreeSet<>();
                try (DirectoryStream<Path> clips = Files.newDirectoryStream(localeDir, "*" + SUFFIX)) {
                    for (Path clip : clips) {
                        String name = clip.getFileName().toString();
                        keys.add(name.substring(0, name.length() - SUFFIX.length()));
                    }
                }
                result.put(localeDir.getFileName().toString(), keys);
            }
        } catch (IOException e) {
            throw new SpeechException("cannot list recorded clips in " + audio + ": " + e.getMessage(), e);
        }
        return result;
    }
}
