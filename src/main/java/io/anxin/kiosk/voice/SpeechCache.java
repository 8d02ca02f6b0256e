package io.anxin.kiosk.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WAV files of static prompts on disk, named by a SHA-256 of (engine id, voice, rate, normalised
 * text), so a new engine version, voice, rate or wording never plays stale audio. Writes are atomic
 * (temporary file in the same folder, then a move). Only static public texts belong here: callers
 * must never store a prompt that has arguments or is a private entry.
 *
 * <p>Thread-safe; concurrent writers of one key both succeed and leave one whole file.
 */
public final class SpeechCache {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechCache.class);

    private final Path dir;

    /** @param dir the cache folder, created when needed (e.g. {@code <data.dir>/cache/voice}) */
    public SpeechCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public Path dir() {
        return dir;
    }

    /** The cache key of one synthesis. */
    public static String key(String engineId, String voice, int rateWpm, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String joined = engineId + '\u0000' + voice + '\u0000' + rateWpm + '\u0000' + text;
            return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The cached audio; empty when absent. A damaged file is deleted and reported as absent. */
    public Optional<WavAudio> get(String key) {
        Path file = file(key);
        try {
            return Optional.of(WavAudio.parse(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("voice cache file {} unreadable, deleting it: {}", file.getFileName(), e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a later put replaces it
            }
            return Optional.empty();
        }
    }

    /** Stores {@code audio} under {@code key}, atomically. */
    public void put(String key, WavAudio audio) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".partial-", ".tmp");
            try {
                Files.write(tmp, audio.toWavBytes());
                try {
                    Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SpeechException("cannot write voice cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    public boolean contains(String key) {
        return Files.isRegularFile(file(key));
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key");
        }
        return dir.resolve(key + ".wav");
    }
}
