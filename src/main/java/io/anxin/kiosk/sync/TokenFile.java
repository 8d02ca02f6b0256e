package io.anxin.kiosk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * The terminal's bearer token, read from {@code central.token-file}. The file must be readable by its
 * owner only (mode 600 or 400): a token others can read is refused, with the file and its mode named.
 * The token is re-read when the file changes, so a technician who replaces it needs no restart.
 *
 * <p>Thread-safe. The token never appears in a message or a log.
 */
public final class TokenFile {

    private static final Set<PosixFilePermission> OPEN = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path file;
    private String token;
    private FileTime readAt;
    private long readSize = -1;

    public TokenFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /** @throws CentralException {@link CentralException.Kind#CONFIG} when the file is missing, too open, or empty */
    public synchronized String token() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (token != null && modified.equals(readAt) && size == readSize) {
                return token;
            }
            checkMode();
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.isEmpty() || t.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new CentralException(CentralException.Kind.CONFIG, "central.token-file " + file
                        + " must hold one token of printable ASCII characters without spaces");
            }
            token = t;
            readAt = modified;
            readSize = size;
            return t;
        } catch (IOException e) {
            throw new CentralException(CentralException.Kind.CONFIG, "central.token-file " + file + " cannot be read: "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /**
     * Something that changes when the file is replaced, edited or its mode changed (for "resume when
     * the token changes": a technician's {@code chmod 600} counts too).
     */
    public String fingerprint() {
        try {
            String mode;
            try {
                mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException e) {
                mode = "";
            }
            return Files.getLastModifiedTime(file) + "/" + Files.size(file) + "/" + mode;
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private void checkMode() throws IOException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to check
        }
        if (perms.stream().anyMatch(OPEN::contains)) {
            throw new CentralException(CentralException.Kind.CONFIG, "central.token-file " + file
                    + " is readable or writable by group or others (mode " + PosixFilePermissions.toString(perms)
                    + "); refusing to use it. Run: chmod 600 " + file);
        }
    }
}
