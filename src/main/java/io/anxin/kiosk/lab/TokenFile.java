package io.anxin.kiosk.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Reads a bearer token file: owner-only (no group or other permission bits), one non-empty token. */
public final class TokenFile {

    private TokenFile() {
    }

    /**
     * @return the file's content without surrounding white space
     * @throws LabException USAGE when the file is missing, readable by group or others, or empty
     */
    public static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LabException(LabException.Kind.USAGE, "token file " + file + " does not exist or is not a file");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                throw new LabException(LabException.Kind.USAGE, "token file " + file
                        + " is readable by group or others; run: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): nothing to check here
        } catch (IOException e) {
            throw new LabException(LabException.Kind.USAGE, "cannot check token file " + file + ": " + e, e);
        }
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new LabException(LabException.Kind.USAGE, "token file " + file + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw new LabException(LabException.Kind.USAGE, "cannot read token file " + file + ": " + e, e);
        }
    }
}
